cc1;user 22431
bash;vmlib;vmlib_host_syscall 2922
bash;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2393
cc1;vmlib;vmlib_host_syscall 1855
[no program];vmlib;vmlib_host_syscall 1669
bash;user 1365
ld;user 1289
as;user 958
cc1;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 614
cc1;vmlib;vmlib::handle_syscall(tandem_regs&) 560
bash;vmproc;port i/o 462
as;vmlib;vmlib_host_syscall 431
sed;user 381
ld;vmlib;vmlib_host_syscall 342
bash;vmlib;vmlib::handle_syscall(tandem_regs&) 338
sed;vmlib;vmlib_host_syscall 326
cc1;kernel;memset 319
bash;kernel;pmm::put(unsigned long) 282
rm;vmlib;vmlib_host_syscall 277
gcc;user 276
rm;user 269
ld;vmlib;vmlib::handle_syscall(tandem_regs&) 260
bash;kernel;memcpy 226
gcc;vmlib;vmlib_host_syscall 226
ld;vmproc;port i/o 210
bash;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 200
cc1;kernel;syscall_entry 183
as;vmproc;port i/o 172
sed;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 172
as;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 165
cat;vmlib;vmlib_host_syscall 165
cat;user 140
sh;vmlib;vmlib_host_syscall 140
cc1;vmlib;vmlib_site_dispatch 134
bash;kernel;syscall_entry 133
cc1;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 121
rm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 121
bash;vmlib;vmlib_site_dispatch 114
ld;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 112
ld;kernel;syscall_entry 110
rm;vmproc;port i/o 107
ld;kernel;memset 104
cc1;kernel;isr_stub_14 101
cc1;vmproc;port i/o 101
bash;vmlib;vmlib::uo::flush_user_window() 99
[no program];vmlib;vmlib_site_dispatch 97
[no program];kernel;pmm::put(unsigned long) 91
bash;kernel;isr_stub_14 84
mv;vmlib;vmlib_host_syscall 84
mv;user 83
cc1;vmlib;vmlib::find_site(unsigned long) 81
bash;vmlib;vmlib::find_site(unsigned long) 79
bash;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 76
cat;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 70
[no program];kernel;vmm::(anonymous namespace)::free_table(unsigned long, int) 64
ld;vmlib;vmlib_site_dispatch 64
collect2;vmlib;vmlib_host_syscall 62
ar;vmproc;port i/o 60
gcc;vmlib;vmlib::handle_syscall(tandem_regs&) 60
bash;kernel;memset 59
cc1;vmlib;__vmlib_site 59
gcc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 59
grep;vmlib;vmlib_host_syscall 56
as;vmlib;vmlib::handle_syscall(tandem_regs&) 55
cc1;vmlib;vmlib_resume_kernel_asm 53
rm;vmlib;vmlib::handle_syscall(tandem_regs&) 53
cc1;kernel;pmm::get(unsigned long) 52
make;user 52
bash;kernel;vmm::walk(unsigned long, unsigned long, bool) 51
cc1;vmlib;vmlib::resume_kernel(tandem_regs&) 51
ar;vmlib;vmlib_host_syscall 50
cc1;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 50
mv;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 49
sed;vmlib;vmlib::handle_syscall(tandem_regs&) 49
[no program];vmlib;vmlib_resume_kernel_asm 47
bash;vmlib;__vmlib_site 46
cc1;kernel;PageCache::find(unsigned long) const 46
cc1;kernel;pmm::take_run(unsigned long) 46
bash;kernel;pmm::get(unsigned long) 45
as;kernel;memset 43
bash;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 43
collect2;user 43
bash;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 42
gcc;vmproc;port i/o 42
bash;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 40
cc1;vmlib;vmlib::uo::find_block(unsigned long) 39
grep;user 39
bash;vmlib;vmlib::resume_kernel(tandem_regs&) 37
mv;vmproc;port i/o 37
bash;vmlib;vmlib_resume_kernel_asm 36
cat;vmproc;port i/o 35
cc1;kernel;vmm::walk(unsigned long, unsigned long, bool) 35
mkdir;vmlib;vmlib_host_syscall 35
cc1;vmlib;vmlib::uo::reflect_ahead() 34
[no program];vmlib;vmlib::find_site(unsigned long) 33
mkdir;user 33
ar;user 31
[no program];vmlib;vmlib::resume_kernel(tandem_regs&) 29
cc1;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 29
bash;kernel;AddressSpace::clone_cow() 28
make;vmlib;vmlib::handle_syscall(tandem_regs&) 28
ld;vmlib;vmlib::find_site(unsigned long) 27
ar;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 25
cat;vmlib;vmlib::handle_syscall(tandem_regs&) 25
cc1;kernel;dcache::find(Dentry*, char const*, unsigned int) 25
grep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 25
gcc;kernel;syscall_entry 24
ld;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 24
make;vmlib;vmlib_host_syscall 24
[no program];kernel;vmm::destroy_root(unsigned long) 23
bash;vmlib;vmlib::uo::page_now(unsigned long) 23
bash;vmlib;vmlib::uo::reflect_ahead() 23
nm;vmlib;vmlib_host_syscall 23
sed;kernel;isr_stub_14 23
sed;kernel;syscall_entry 23
as;kernel;isr_stub_14 22
cc1;kernel;isr_stub_32 22
sed;vmlib;vmlib_site_dispatch 22
gcc;vmlib;vmlib_site_dispatch 21
bash;kernel;pmm::take_run(unsigned long) 20
cc1;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 20
[no program];vmlib;__vmlib_site 19
as;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 19
rm;kernel;isr_stub_14 19
bash;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 18
bash;kernel;__copy_user 18
bash;vmlib;vmlib::uo::find_block(unsigned long) 18
cc1;kernel;__copy_user 18
collect2;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 18
nm;user 18
rm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 18
bash;kernel;pmm::refcount(unsigned long) 17
cc1;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 17
collect2;vmlib;vmlib::handle_syscall(tandem_regs&) 17
mv;vmlib;vmlib::handle_syscall(tandem_regs&) 17
gcc;kernel;memset 16
gcc;vmlib;vmlib::find_site(unsigned long) 16
sed;vmlib;vmlib::find_site(unsigned long) 16
xgettext;vmproc;port i/o 16
bash;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 15
cc1;kernel;traps::handle_page_fault(TrapFrame*) 15
ar;kernel;memcpy 14
as;vmlib;vmlib_site_dispatch 14
bash;kernel;PageCache::find(unsigned long) const 14
cc1;kernel;pmm::alloc_pages(unsigned long) 14
cc1;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 14
cc1;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 14
make;kernel;syscall_entry 14
make;vmproc;port i/o 14
nm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 14
rm;kernel;syscall_entry 14
as;kernel;memcpy 13
as;vmlib;vmlib::find_site(unsigned long) 13
bash;kernel;kmalloc(unsigned long) 13
cc1;kernel;(anonymous namespace)::do_readlink(unsigned long, unsigned long, unsigned long, unsigned long) 13
gcc;kernel;isr_stub_14 13
ld;vmlib;__vmlib_site 13
mawk;user 13
ranlib;vmlib;vmlib_host_syscall 13
as;kernel;syscall_entry 12
bash;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 12
cc1;kernel;memcmp 12
cc1;kernel;syscall_dispatch 12
cc1;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 12
cc1;vmlib;vmlib::resume_user(tandem_regs&) 12
dirname;user 12
ld;vmlib;vmlib::resume_kernel(tandem_regs&) 12
ln;vmlib;vmlib_host_syscall 12
mv;vmlib;vmlib_site_dispatch 12
sed;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 12
sh;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 12
[no program];vmlib;vmlib::deliver_pending_irq(tandem_regs&) 11
bash;kernel;traps::handle_page_fault(TrapFrame*) 11
bash;vmlib;vmlib::uo::flush_user_page(unsigned long) 11
cat;kernel;isr_stub_14 11
cc1;kernel;__strncpy_user 11
cc1;vmlib;vmlib::site_handler(unsigned short) 11
grep;vmlib;vmlib::handle_syscall(tandem_regs&) 11
ld;kernel;__copy_user 11
rm;vmlib;vmlib_site_dispatch 11
sed;kernel;memcpy 11
bash;kernel;kstrlen(char const*) 10
bash;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 10
cc1;kernel;pmm::put(unsigned long) 10
expr;vmlib;vmlib_host_syscall 10
gcc;vmlib;vmlib::resume_kernel(tandem_regs&) 10
mkdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 10
[no program];vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 9
as;vmlib;__vmlib_site 9
bash;kernel;dcache::find(Dentry*, char const*, unsigned int) 9
bash;kernel;signal::pending_work(Task*) 9
bash;kernel;syscall_dispatch 9
bash;kernel;trap_dispatch 9
bash;kernel;trap_return 9
bash;vmlib;vmlib::enter_user_direct(tandem_regs&) 9
cat;kernel;syscall_entry 9
cc1;kernel;kmalloc(unsigned long) 9
cc1;kernel;mounts::on(Mount*, Dentry*) 9
cc1;vmlib;vmlib::enter_user_direct(tandem_regs&) 9
cc1;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 9
collect2;kernel;syscall_entry 9
ld;vmlib;vmlib_resume_kernel_asm 9
msgmerge;user 9
mv;kernel;syscall_entry 9
sed;vmproc;port i/o 9
uname;vmlib;vmlib_host_syscall 9
xgettext;user 9
[no program];kernel;AddressSpace::put() 8
[no program];kernel;AddressSpace::write_back(unsigned long, unsigned long) 8
[no program];kernel;program_names::forget(unsigned long) 8
as;vmlib;vmlib::uo::reflect_ahead() 8
basename;user 8
bash;vmlib;vmlib::site_handler(unsigned short) 8
cc1;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 8
cc1;kernel;memcpy 8
cc1;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 8
cc1;kernel;signal::pending_work(Task*) 8
cc1;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 8
collect2;vmlib;vmlib_site_dispatch 8
collect2;vmproc;port i/o 8
expr;user 8
gcc;kernel;dcache::find(Dentry*, char const*, unsigned int) 8
gcc;vmlib;__vmlib_site 8
ld;vmlib;vmlib::uo::find_block(unsigned long) 8
msgfmt;user 8
rm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 8
rm;vmlib;__vmlib_site 8
rm;vmlib;vmlib::uo::find_block(unsigned long) 8
rm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 8
sed;kernel;memset 8
uname;user 8
[no program];kernel;pmm::(anonymous namespace)::note_word(unsigned long) 7
[no program];vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 7
[no program];vmlib;vmlib_space_resume 7
ar;vmlib;vmlib::handle_syscall(tandem_regs&) 7
bash;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 7
bash;kernel;FdTable::clone() 7
bash;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 7
bash;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 7
bash;vmlib;vmlib::resume(tandem_regs&) 7
cat;kernel;memset 7
cc1;kernel;pmm::alloc_run(unsigned long) 7
conftest;vmlib;vmlib_host_syscall 7
gcc;kernel;memcpy 7
gcc;vmlib;vmlib::uo::reflect_ahead() 7
ld;kernel;isr_stub_14 7
ld;kernel;syscall_dispatch 7
ld;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 7
ld;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 7
make;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
mawk;vmlib;vmlib_host_syscall 7
msgfmt;vmlib;vmlib_host_syscall 7
ranlib;user 7
ranlib;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
ranlib;vmproc;port i/o 7
rm;vmlib;vmlib::find_site(unsigned long) 7
rm;vmlib;vmlib::uo::reflect_ahead() 7
sed;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 7
sed;kernel;PageCache::find(unsigned long) const 7
sed;vmlib;vmlib_resume_kernel_asm 7
sh;vmproc;port i/o 7
xgettext;vmlib;vmlib_host_syscall 7
[no program];kernel;proc::announce_exit(Process*) 6
ar;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 6
as;kernel;__copy_user 6
as;vmlib;vmlib::uo::find_block(unsigned long) 6
basename;vmlib;vmlib_host_syscall 6
bash;kernel;__strncpy_user 6
bash;kernel;sched::schedule() 6
cat;vmlib;vmlib::uo::reflect_ahead() 6
cc1;kernel;itimer::expire(unsigned long) 6
cc1;kernel;ptrace::traces_syscalls(Task*) 6
cc1;vmlib;vmlib::resume(tandem_regs&) 6
cc;vmlib;vmlib_host_syscall 6
chmod;user 6
conftest;vmproc;port i/o 6
dirname;vmlib;vmlib_host_syscall 6
gcc;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 6
gcc;vmlib;vmlib_resume_kernel_asm 6
ld;kernel;pmm::take_run(unsigned long) 6
ld;vmlib;vmlib::uo::flush_user_window() 6
ln;user 6
make;vmlib;vmlib::find_site(unsigned long) 6
mkdir;vmlib;vmlib::handle_syscall(tandem_regs&) 6
mkdir;vmproc;port i/o 6
msgfmt;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
nm;kernel;isr_stub_14 6
sed;vmlib;__vmlib_site 6
sh;kernel;sched::schedule() 6
[no program];kernel;exec::execute(ExecRequest const&, char const**) 5
ar;kernel;isr_stub_14 5
as;kernel;vmm::walk(unsigned long, unsigned long, bool) 5
as;vmlib;vmlib::uo::flush_user_window() 5
as;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 5
as;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 5
as;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 5
as;vmlib;vmlib_resume_kernel_asm 5
bash;vmlib;tandem_x86_irq_deliverable 5
cat;vmlib;vmlib::find_site(unsigned long) 5
cat;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
cat;vmlib;vmlib_site_dispatch 5
cc1;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 5
cc1;kernel;kfree(void*) 5
cc1;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 5
cc1;vmlib;vmlib::uo::flush_user_window() 5
gcc;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 5
gcc;kernel;syscall_dispatch 5
gcc;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 5
gcc;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
grep;vmlib;vmlib_site_dispatch 5
ld;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 5
ld;kernel;vmm::walk(unsigned long, unsigned long, bool) 5
ld;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 5
ln;vmproc;port i/o 5
make;vmlib;vmlib::resume_kernel(tandem_regs&) 5
msgmerge;vmlib;vmlib_host_syscall 5
mv;kernel;PageCache::find(unsigned long) const 5
mv;kernel;isr_stub_14 5
mv;vmlib;vmlib::find_site(unsigned long) 5
mv;vmlib;vmlib::resume_kernel(tandem_regs&) 5
rm;vmlib;vmlib_resume_kernel_asm 5
rmdir;vmlib;vmlib_host_syscall 5
sed;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 5
sh;vmlib;vmlib_space_resume 5
sort;vmlib;vmlib_host_syscall 5
[no program];vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 4
[no program];vmproc;port i/o 4
ar;kernel;memset 4
as;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 4
as;kernel;pmm::get(unsigned long) 4
as;kernel;pmm::put(unsigned long) 4
as;kernel;traps::handle_page_fault(TrapFrame*) 4
bash;kernel;(anonymous namespace)::StringVector::copy_from(unsigned long) [clone .part.0] 4
bash;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 4
bash;kernel;kfree(void*) 4
bash;kernel;mounts::on(Mount*, Dentry*) 4
bash;kernel;pipe::create(File**, File**, unsigned int) 4
bash;kernel;trap_common 4
bash;vmlib;vmlib::uo::key_is_sound(unsigned long) 4
bash;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 4
cat;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 4
cc1;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 4
cc1;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 4
cc1;kernel;dcache::get(Dentry*) 4
cc1;kernel;pmm::free_pages(unsigned long, unsigned long) 4
cc1;kernel;sched::need_resched() 4
cc1;kernel;strncpy_from_user(char*, char const*, unsigned long) 4
cc1;kernel;sys_mmap(SyscallArgs&) 4
cc1;kernel;trap_common 4
cc1;kernel;trap_dispatch 4
cc1;kernel;trap_return 4
cc1;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 4
cc1;vmlib;trap_common 4
cc1;vmlib;trap_return 4
cc1;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 4
cc1;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 4
collect2;vmlib;vmlib::uo::find_block(unsigned long) 4
collect2;vmlib;vmlib_resume_kernel_asm 4
conftest;user 4
conftest;vmlib;vmlib::handle_syscall(tandem_regs&) 4
dirname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
expr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
gcc;kernel;PageCache::find(unsigned long) const 4
gcc;kernel;pmm::get(unsigned long) 4
gcc;kernel;pmm::take_run(unsigned long) 4
gcc;vmlib;vmlib::uo::find_block(unsigned long) 4
ld;kernel;dcache::find(Dentry*, char const*, unsigned int) 4
ld;kernel;pmm::put(unsigned long) 4
ld;kernel;ptrace::traces_syscalls(Task*) 4
ld;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 4
ls;vmlib;vmlib_host_syscall 4
make;vmlib;vmlib_site_dispatch 4
mv;vmlib;vmlib_resume_kernel_asm 4
rm;kernel;memcpy 4
rm;kernel;memset 4
sed;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 4
sed;kernel;trap_dispatch 4
sed;vmlib;vmlib::resume_kernel(tandem_regs&) 4
sed;vmlib;vmlib::uo::find_block(unsigned long) 4
sh;user 4
[no program];kernel;FdTable::close_on_exec() 3
[no program];kernel;signal::(anonymous namespace)::post_process(Process*, int, signal::SigSource const&, bool) 3
[no program];vmlib;tandem_x86_irq_deliverable 3
[no program];vmlib;vmlib::site_handler(unsigned short) 3
ar;vmlib;vmlib::resume_kernel(tandem_regs&) 3
as;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 3
as;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
as;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 3
as;vmlib;vmlib::resume_kernel(tandem_regs&) 3
as;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 3
awk;vmlib;vmlib_host_syscall 3
bash;kernel;AddressSpace::populate(unsigned long) 3
bash;kernel;exec::execute(ExecRequest const&, char const**) 3
bash;kernel;fpu::handle_nm(TrapFrame*) 3
bash;kernel;inode::fill_stat(Inode const*, LinuxStat*) 3
bash;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 3
bash;kernel;proc::clone(CloneRequest const&, TrapFrame*) 3
bash;kernel;proc::release_zombie(Process*) 3
bash;kernel;ptrace::traces_syscalls(Task*) 3
bash;kernel;traps::exit_to_user(TrapFrame*) 3
bash;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 3
bash;kernel;vmm::flush_page(unsigned long, unsigned long) 3
bash;vmlib;trap_return 3
bash;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 3
bash;vmlib;vmlib::resume_user(tandem_regs&) 3
bash;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 3
cat;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 3
cat;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 3
cat;kernel;PageCache::find(unsigned long) const 3
cat;vmlib;vmlib::resume_user(tandem_regs&) 3
cc1;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 3
cc1;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 3
cc1;kernel;AddressSpace::set_brk(unsigned long) 3
cc1;kernel;cmdline::strace() 3
cc1;kernel;pmm::alloc_page() 3
cc1;kernel;sched::PreemptGuard::PreemptGuard() 3
cc1;kernel;traps::exit_to_user(TrapFrame*) 3
cc1;vmlib;vmlib::load_gs_base(unsigned long) 3
cc1;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 3
cc;user 3
chmod;vmlib;vmlib_host_syscall 3
collect2;vmlib;vmlib::find_site(unsigned long) 3
diff;user 3
gcc;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 3
gcc;kernel;kfree(void*) 3
gcc;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 3
grep;vmlib;vmlib::resume_kernel(tandem_regs&) 3
grep;vmproc;port i/o 3
hostname;user 3
hostname;vmlib;vmlib_host_syscall 3
ld;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 3
ld;kernel;AddressSpace::discard(unsigned long, unsigned long) 3
ld;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
ld;vmlib;vmlib::enter_user_direct(tandem_regs&) 3
ld;vmlib;vmlib::resume_user(tandem_regs&) 3
ld;vmlib;vmlib::site_handler(unsigned short) 3
ld;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 3
ln;kernel;isr_stub_14 3
make;kernel;dcache::find(Dentry*, char const*, unsigned int) 3
make;kernel;signal::pending_work(Task*) 3
make;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 3
mawk;vmproc;port i/o 3
mkdir;kernel;isr_stub_14 3
mv;kernel;memcmp 3
mv;kernel;sys_mmap(SyscallArgs&) 3
nm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
ranlib;vmlib;vmlib::handle_syscall(tandem_regs&) 3
rm;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 3
rm;kernel;FdTable::put() 3
rm;kernel;__strncpy_user 3
rm;kernel;vmm::walk(unsigned long, unsigned long, bool) 3
rm;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 3
sed;kernel;__copy_user 3
sed;kernel;dcache::find(Dentry*, char const*, unsigned int) 3
sed;kernel;pmm::get(unsigned long) 3
sed;kernel;pmm::take_run(unsigned long) 3
sed;kernel;syscall_dispatch 3
sed;vmlib;vmlib::uo::reflect_ahead() 3
sh;kernel;context_switch 3
sh;vmlib;vmlib::handle_syscall(tandem_regs&) 3
sh;vmlib;vmlib::resume_kernel(tandem_regs&) 3
sh;vmlib;vmlib_site_dispatch 3
sort;user 3
xgettext;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
[no program];kernel;inode::put(Inode*) 2
[no program];kernel;kfree(void*) 2
[no program];kernel;memcpy 2
[no program];kernel;program_names::set(unsigned long, char const*) 2
[no program];kernel;sched::PreemptGuard::~PreemptGuard() 2
[no program];kernel;signal::reset_on_exec(Process*) 2
[no program];vmlib;tandem_x86_virtual_flags 2
[no program];vmlib;vmlib::resume(tandem_regs&) 2
ar;kernel;pmm::put(unsigned long) 2
ar;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
ar;vmlib;vmlib::uo::reflect_ahead() 2
arch;user 2
arch;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
as;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 2
as;kernel;pmm::alloc_page() 2
as;kernel;pmm::take_run(unsigned long) 2
as;vmlib;trap_return 2
as;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
as;vmlib;vmlib::resume_user(tandem_regs&) 2
as;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
awk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
bash;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 2
bash;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 2
bash;kernel;AddressSpace::find(unsigned long) 2
bash;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
bash;kernel;AddressSpace::range_free(unsigned long, unsigned long) 2
bash;kernel;FdTable::put() 2
bash;kernel;Process* knew<Process>() 2
bash;kernel;cmdline::strace() 2
bash;kernel;dcache::get(Dentry*) 2
bash;kernel;dcache::put(Dentry*) 2
bash;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 2
bash;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 2
bash;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 2
bash;kernel;sys_rt_sigaction(SyscallArgs&) 2
bash;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 2
bash;vmlib;vmlib_space_hand_off 2
bash;vmlib;vmlib_space_resume 2
cat;kernel;memcpy 2
cat;kernel;pmm::get(unsigned long) 2
cat;vmlib;__vmlib_site 2
cat;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
cat;vmlib;vmlib::resume_kernel(tandem_regs&) 2
cat;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
cat;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
cat;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 2
cc1;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 2
cc1;kernel;boot::info() 2
cc1;kernel;dcache::put(Dentry*) 2
cc1;kernel;make_regular_file() 2
cc1;kernel;pmm::info(unsigned long) 2
cc1;kernel;ptrace::trap_pending(Task*) 2
cc1;kernel;sched::PreemptGuard::~PreemptGuard() 2
cc1;kernel;sys_write(SyscallArgs&) 2
cc1;kernel;vfs::open_path(Path const&, unsigned int, long*) 2
cc1;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 2
cc1;vmlib;tandem_x86_irq_deliverable 2
cc1;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 2
cc1;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
cc1;vmlib;vmlib::uo::page_now(unsigned long) 2
cc;vmlib;vmlib_site_dispatch 2
chmod;vmproc;port i/o 2
collect2;kernel;PageCache::find(unsigned long) const 2
collect2;kernel;pmm::take_run(unsigned long) 2
collect2;vmlib;vmlib::resume_kernel(tandem_regs&) 2
collect2;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
conftest;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
date;vmlib;vmlib_host_syscall 2
diff;vmlib;vmlib_host_syscall 2
diff;vmproc;port i/o 2
expr;vmlib;vmlib_site_dispatch 2
file;vmproc;port i/o 2
gcc;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 2
gcc;kernel;AddressSpace::populate(unsigned long) 2
gcc;kernel;__strncpy_user 2
gcc;kernel;cmdline::strace() 2
gcc;kernel;exec::execute(ExecRequest const&, char const**) 2
gcc;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 2
gcc;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 2
gcc;kernel;pmm::free_pages(unsigned long, unsigned long) 2
gcc;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
gcc;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
gcc;vmlib;vmlib::site_handler(unsigned short) 2
gcc;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
grep;kernel;isr_stub_14 2
grep;kernel;memcpy 2
grep;kernel;memset 2
grep;kernel;pmm::get(unsigned long) 2
grep;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
grep;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
grep;vmlib;vmlib_resume_kernel_asm 2
ld;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 2
ld;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 2
ld;kernel;AddressSpace::write_back(unsigned long, unsigned long) 2
ld;kernel;FdTable::get_file(int) 2
ld;kernel;PageCache::find(unsigned long) const 2
ld;kernel;cmdline::strace() 2
ld;kernel;memcpy 2
ld;kernel;pmm::alloc_page() 2
ld;kernel;pmm::alloc_run(unsigned long) 2
ld;kernel;pmm::get(unsigned long) 2
ld;vmlib;syscall_entry 2
ld;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 2
ld;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
ld;vmlib;vmlib::resume(tandem_regs&) 2
ld;vmlib;vmlib::uo::reflect_ahead() 2
ln;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
ls;user 2
ls;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
ls;vmlib;vmlib::handle_syscall(tandem_regs&) 2
make;kernel;memcpy 2
make;kernel;memset 2
make;vmlib;__vmlib_site 2
mawk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
mawk;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
mkdir;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
mktemp;user 2
msgfmt;vmlib;vmlib::handle_syscall(tandem_regs&) 2
msgmerge;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
mt;vmlib;vmlib_host_syscall 2
mv;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
mv;kernel;kmalloc(unsigned long) 2
mv;kernel;memcpy 2
mv;kernel;memset 2
mv;kernel;syscall_dispatch 2
mv;vmlib;__vmlib_site 2
mv;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
mv;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
mv;vmlib;vmlib::uo::find_block(unsigned long) 2
mv;vmlib;vmlib::uo::reflect_ahead() 2
nm;kernel;memcpy 2
nm;vmproc;port i/o 2
objdump;vmlib;vmlib_host_syscall 2
ranlib;kernel;memcpy 2
ranlib;kernel;syscall_entry 2
rm;kernel;PageCache::find(unsigned long) const 2
rm;kernel;__copy_user 2
rm;kernel;dcache::find(Dentry*, char const*, unsigned int) 2
rm;kernel;dcache::put(Dentry*) 2
rm;kernel;dcache::unhash_children(Dentry*) 2
rm;kernel;kfree(void*) 2
rm;kernel;pmm::get(unsigned long) 2
rm;kernel;pmm::put(unsigned long) 2
rm;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 2
rm;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
rm;vmlib;vmlib::resume_kernel(tandem_regs&) 2
rm;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
rm;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 2
rmdir;user 2
rmdir;vmlib;vmlib::handle_syscall(tandem_regs&) 2
sed;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
sed;kernel;kmalloc(unsigned long) 2
sed;kernel;strncpy_from_user(char*, char const*, unsigned long) 2
sed;kernel;vmm::walk(unsigned long, unsigned long, bool) 2
sed;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 2
sed;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 2
sed;vmlib;vmlib::resume_user(tandem_regs&) 2
sed;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 2
sh;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 2
sh;vmlib;vmlib_resume_kernel_asm 2
sort;vmlib;vmlib::handle_syscall(tandem_regs&) 2
touch;vmproc;port i/o 2
uname;kernel;isr_stub_14 2
uname;vmlib;vmlib::handle_syscall(tandem_regs&) 2
xgettext;vmlib;vmlib::handle_syscall(tandem_regs&) 2
[no program];kernel;WaitQueue::wake_all() 1
[no program];kernel;dcache::put(Dentry*) 1
[no program];kernel;fpu::release(Task*) 1
[no program];kernel;ptrace::release_tracees(Process*) 1
[no program];kernel;sched::schedule() 1
[no program];kernel;sched::wake(Task*) 1
[no program];kernel;vmm::activate(unsigned long) 1
[no program];vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
ar;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
ar;kernel;__strncpy_user 1
ar;kernel;signal::pending_work(Task*) 1
ar;kernel;syscall_entry 1
ar;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
ar;vmlib;__vmlib_site 1
ar;vmlib;vmlib::find_site(unsigned long) 1
ar;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
ar;vmlib;vmlib::load_gs_base(unsigned long) 1
ar;vmlib;vmlib::uo::flush_user_window() 1
ar;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
ar;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
ar;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
ar;vmlib;vmlib_resume_kernel_asm 1
ar;vmlib;vmlib_site_dispatch 1
arch;vmlib;vmlib_host_syscall 1
as;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
as;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
as;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
as;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
as;kernel;AddressSpace::set_brk(unsigned long) 1
as;kernel;FdTable::close(int) 1
as;kernel;PageCache::find(unsigned long) const 1
as;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
as;kernel;fsvc::(anonymous namespace)::FsvcFs::write_through(Inode*, unsigned long, unsigned char const*, unsigned long) 1
as;kernel;inode::get(Inode*) 1
as;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
as;kernel;isr_stub_32 1
as;kernel;kfree(void*) 1
as;kernel;kmalloc(unsigned long) 1
as;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
as;kernel;pmm::free_pages(unsigned long, unsigned long) 1
as;kernel;pmm::refcount(unsigned long) 1
as;kernel;ptrace::traces_syscalls(Task*) 1
as;kernel;sys_read(SyscallArgs&) 1
as;kernel;trap_dispatch 1
as;kernel;trap_return 1
as;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
as;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
as;vmlib;tandem_x86_irq_deliverable 1
as;vmlib;trap_common 1
as;vmlib;vmlib::resume(tandem_regs&) 1
as;vmlib;vmlib::site_handler(unsigned short) 1
as;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
as;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
as;vmlib;vmlib::uo::forget_page(unsigned long) 1
as;vmlib;vmlib::uo::page_now(unsigned long) 1
awk;kernel;trap_return 1
awk;user 1
awk;vmlib;vmlib::handle_syscall(tandem_regs&) 1
basename;kernel;memset 1
basename;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
basename;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
basename;vmlib;vmlib_resume_kernel_asm 1
basename;vmlib;vmlib_site_dispatch 1
bash;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
bash;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
bash;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
bash;kernel;FdTable::get_file(int) 1
bash;kernel;FileSystem::link_target(Inode*, Path*) 1
bash;kernel;clock::realtime_ns() 1
bash;kernel;context_switch 1
bash;kernel;dcache::(anonymous namespace)::alloc(Dentry*, char const*, unsigned int, Inode*) 1
bash;kernel;dcache::shrink() 1
bash;kernel;entropy::(anonymous namespace)::quarter(unsigned int*, int, int, int, int) 1
bash;kernel;extable_fixup(unsigned long) 1
bash;kernel;fpu::load(Task*, void const*) 1
bash;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
bash;kernel;isr_stub_32 1
bash;kernel;memcmp 1
bash;kernel;pmm::alloc_page() 1
bash;kernel;pmm::alloc_pages(unsigned long) 1
bash;kernel;pmm::alloc_run(unsigned long) 1
bash;kernel;pmm::info(unsigned long) 1
bash;kernel;program_names::set(unsigned long, char const*) 1
bash;kernel;ptrace::trap_pending(Task*) 1
bash;kernel;pty::inherit_ctty(Process*, Process const*) 1
bash;kernel;sched::PreemptGuard::~PreemptGuard() 1
bash;kernel;signal::handle_pending(TrapFrame*) 1
bash;kernel;sys_clone(SyscallArgs&) 1
bash;kernel;sys_close(SyscallArgs&) 1
bash;kernel;sys_fcntl(SyscallArgs&) 1
bash;kernel;sys_getpid(SyscallArgs&) 1
bash;kernel;sys_ioctl(SyscallArgs&) 1
bash;kernel;sys_lseek(SyscallArgs&) 1
bash;kernel;sys_wait4(SyscallArgs&) 1
bash;kernel;sys_write(SyscallArgs&) 1
bash;kernel;timer::irq(bool) 1
bash;kernel;vfs::put_fs_context(FsContext*) 1
bash;kernel;vmm::activate(unsigned long) 1
bash;vmlib;tandem_x86_deliver_once 1
bash;vmlib;tandem_x86_virtual_flags 1
bash;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_invlpg(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
bash;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
bash;vmlib;vmlib::load_gs_base(unsigned long) 1
bash;vmlib;vmlib::note_delivery(int, unsigned long, unsigned long, unsigned int) 1
bash;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
bash;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
cat;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
cat;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
cat;kernel;__strncpy_user 1
cat;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
cat;kernel;kfree(void*) 1
cat;kernel;kmalloc(unsigned long) 1
cat;kernel;mounts::on(Mount*, Dentry*) 1
cat;kernel;pmm::put(unsigned long) 1
cat;kernel;ptrace::traces_syscalls(Task*) 1
cat;kernel;trap_common 1
cat;kernel;trap_dispatch 1
cat;kernel;vmm::table_of(unsigned long) 1
cat;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
cat;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
cat;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
cat;vmlib;vmlib::uo::find_block(unsigned long) 1
cat;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
cat;vmlib;vmlib_resume_kernel_asm 1
cc1;kernel;(anonymous namespace)::RegularFile::write(void const*, unsigned long) 1
cc1;kernel;(anonymous namespace)::Tmpfs::cache_is_storage() const 1
cc1;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
cc1;kernel;AddressSpace::range_free(unsigned long, unsigned long) 1
cc1;kernel;AddressSpace::try_merge(Vma*) 1
cc1;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
cc1;kernel;FdTable::install(File*, int, bool) 1
cc1;kernel;File::stat(LinuxStat*) 1
cc1;kernel;PageCache::insert(unsigned long, unsigned long) 1
cc1;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
cc1;kernel;clock::realtime_ns() 1
cc1;kernel;dcache::shrink() 1
cc1;kernel;do_prlimit(unsigned long, unsigned long, unsigned long) 1
cc1;kernel;inode::get(Inode*) 1
cc1;kernel;inode::get_page(Inode*, unsigned long, long*) 1
cc1;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 1
cc1;kernel;pmm::free_count() 1
cc1;kernel;pmm::refcount(unsigned long) 1
cc1;kernel;sys_close(SyscallArgs&) 1
cc1;kernel;sys_ioctl(SyscallArgs&) 1
cc1;kernel;timer::irq(bool) 1
cc1;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
cc1;kernel;vfs::readlink(int, char const*, char*, unsigned int) 1
cc1;kernel;vmm::table_of(unsigned long) 1
cc1;vmlib;syscall_entry 1
cc1;vmlib;tandem_x86_virtual_flags 1
cc1;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
cc1;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
cc1;vmlib;vmlib::uo::forget_page(unsigned long) 1
cc1;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
cc;kernel;memset 1
cc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
chmod;kernel;isr_stub_14 1
chmod;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
chmod;vmlib;vmlib::handle_syscall(tandem_regs&) 1
chmod;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
cmp;kernel;syscall_entry 1
cmp;user 1
collect2;kernel;(anonymous namespace)::put_number((anonymous namespace)::Sink&, unsigned long, unsigned int, int, bool, bool) 1
collect2;kernel;AddressSpace::populate(unsigned long) 1
collect2;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
collect2;kernel;dcache::put(Dentry*) 1
collect2;kernel;exec::execute(ExecRequest const&, char const**) 1
collect2;kernel;isr_stub_14 1
collect2;kernel;memcpy 1
collect2;kernel;memset 1
collect2;kernel;pmm::get(unsigned long) 1
collect2;kernel;pmm::put(unsigned long) 1
collect2;kernel;pmm::refcount(unsigned long) 1
collect2;kernel;sched::PreemptGuard::~PreemptGuard() 1
collect2;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
collect2;kernel;syscall_dispatch 1
collect2;kernel;trap_common 1
collect2;kernel;trap_dispatch 1
collect2;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
collect2;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
collect2;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
collect2;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
collect2;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
collect2;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
collect2;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
conftest;kernel;PageCache::find(unsigned long) const 1
conftest;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
conftest;kernel;pmm::alloc_pages(unsigned long) 1
conftest;kernel;pmm::take_run(unsigned long) 1
conftest;kernel;syscall_entry 1
conftest;kernel;traps::exit_to_user(TrapFrame*) 1
conftest;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
conftest;vmlib;__vmlib_site 1
conftest;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
conftest;vmlib;vmlib_resume_kernel_asm 1
conftest;vmlib;vmlib_site_dispatch 1
cp;user 1
cp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
cp;vmlib;vmlib::handle_syscall(tandem_regs&) 1
cp;vmlib;vmlib_host_syscall 1
cp;vmproc;port i/o 1
date;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
date;user 1
date;vmproc;port i/o 1
dd;vmlib;vmlib_host_syscall 1
dd;vmproc;port i/o 1
dirname;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
dirname;kernel;isr_stub_14 1
dirname;kernel;pmm::get(unsigned long) 1
dirname;kernel;syscall_entry 1
dirname;vmlib;__vmlib_site 1
dirname;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
echo;user 1
echo;vmlib;vmlib::handle_syscall(tandem_regs&) 1
expr;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
expr;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
expr;vmlib;vmlib::find_site(unsigned long) 1
expr;vmlib;vmlib::resume_kernel(tandem_regs&) 1
expr;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
expr;vmlib;vmlib_resume_kernel_asm 1
file;kernel;memcpy 1
file;vmlib;vmlib_host_syscall 1
gcc;kernel;(anonymous namespace)::StringVector::copy_from(unsigned long) [clone .part.0] 1
gcc;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 1
gcc;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 1
gcc;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
gcc;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
gcc;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
gcc;kernel;FdTable::put() 1
gcc;kernel;WaitQueue::wake_all() 1
gcc;kernel;clock::realtime_ns() 1
gcc;kernel;context_switch 1
gcc;kernel;entropy::fill(void*, unsigned long) 1
gcc;kernel;fpu::switch_to(Task*) 1
gcc;kernel;fpu::sync(Task*) 1
gcc;kernel;isr_stub_32 1
gcc;kernel;kmalloc(unsigned long) 1
gcc;kernel;memcmp 1
gcc;kernel;mounts::on(Mount*, Dentry*) 1
gcc;kernel;pmm::alloc_run(unsigned long) 1
gcc;kernel;pmm::free_count() 1
gcc;kernel;ptrace::trap_pending(Task*) 1
gcc;kernel;sched::load_user_bases(Task*) 1
gcc;kernel;sched::schedule() 1
gcc;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
gcc;kernel;sys_mmap(SyscallArgs&) 1
gcc;kernel;trap_common 1
gcc;kernel;trap_dispatch 1
gcc;kernel;trap_return 1
gcc;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
gcc;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
gcc;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
gcc;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
gcc;vmlib;trap_common 1
gcc;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
gcc;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
gcc;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
gcc;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
gcc;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
getconf;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
grep;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
grep;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 1
grep;kernel;kfree(void*) 1
grep;kernel;kstrlen(char const*) 1
grep;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
grep;kernel;procfs_gen::pid_maps(Text&, Process*) 1
grep;kernel;syscall_entry 1
grep;vmlib;__vmlib_site 1
grep;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
grep;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
grep;vmlib;vmlib::find_site(unsigned long) 1
grep;vmlib;vmlib::uo::find_block(unsigned long) 1
grep;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
hostname;kernel;PageCache::find(unsigned long) const 1
hostname;kernel;memset 1
ld;kernel;(anonymous namespace)::RegularFile::seek(long, int) 1
ld;kernel;(anonymous namespace)::do_readlink(unsigned long, unsigned long, unsigned long, unsigned long) 1
ld;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
ld;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
ld;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
ld;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
ld;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
ld;kernel;AddressSpace::set_brk(unsigned long) 1
ld;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 1
ld;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
ld;kernel;FdTable::close(int) 1
ld;kernel;__strncpy_user 1
ld;kernel;fsvc::(anonymous namespace)::FsvcFs::write_through(Inode*, unsigned long, unsigned char const*, unsigned long) 1
ld;kernel;inode::(anonymous namespace)::lru_add(Inode*) 1
ld;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
ld;kernel;isr_stub_32 1
ld;kernel;kfree(void*) 1
ld;kernel;kmalloc(unsigned long) 1
ld;kernel;kstrlen(char const*) 1
ld;kernel;memcmp 1
ld;kernel;mounts::on(Mount*, Dentry*) 1
ld;kernel;sched::PreemptGuard::PreemptGuard() 1
ld;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
ld;kernel;sys_close(SyscallArgs&) 1
ld;kernel;sys_newfstatat(SyscallArgs&) 1
ld;kernel;sys_read(SyscallArgs&) 1
ld;kernel;sys_umask(SyscallArgs&) 1
ld;kernel;sys_write(SyscallArgs&) 1
ld;kernel;trap_dispatch 1
ld;kernel;trap_return 1
ld;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
ld;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
ld;kernel;vfs::d_path(Path const&, char*, unsigned int) 1
ld;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
ld;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
ld;vmlib;tandem_x86_irq_deliverable 1
ld;vmlib;tandem_x86_virtual_flags 1
ld;vmlib;trap_return 1
ld;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
ld;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
ld;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
ld;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
ld;vmlib;vmlib::uo::page_now(unsigned long) 1
ln;kernel;syscall_entry 1
ln;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
ln;vmlib;vmlib_resume_kernel_asm 1
ls;vmlib;__vmlib_site 1
ls;vmlib;vmlib::uo::find_block(unsigned long) 1
make;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
make;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
make;kernel;AddressSpace::populate(unsigned long) 1
make;kernel;FdTable::close(int) 1
make;kernel;__strncpy_user 1
make;kernel;context_switch 1
make;kernel;fpu::handle_nm(TrapFrame*) 1
make;kernel;kfree(void*) 1
make;kernel;kmalloc(unsigned long) 1
make;kernel;kstrlen(char const*) 1
make;kernel;mounts::on(Mount*, Dentry*) 1
make;kernel;sys_stat(SyscallArgs&) 1
make;kernel;syscall_dispatch 1
make;vmlib;tandem_x86_irq_deliverable 1
make;vmlib;tandem_x86_tss_stack 1
make;vmlib;trap_return 1
make;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
make;vmlib;vmlib::uo::forget_page(unsigned long) 1
make;vmlib;vmlib_resume_kernel_asm 1
mawk;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
mawk;kernel;memset 1
mawk;vmlib;vmlib::find_site(unsigned long) 1
mawk;vmlib;vmlib::handle_syscall(tandem_regs&) 1
mkdir;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
mkdir;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
mkdir;kernel;PageCache::find(unsigned long) const 1
mkdir;kernel;pmm::get(unsigned long) 1
mkdir;kernel;syscall_dispatch 1
mkdir;kernel;syscall_entry 1
mkdir;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
mkdir;vmlib;vmlib::find_site(unsigned long) 1
mkdir;vmlib;vmlib::resume_kernel(tandem_regs&) 1
mkdir;vmlib;vmlib::resume_user(tandem_regs&) 1
mkdir;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
mkdir;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
mkdir;vmlib;vmlib_resume_kernel_asm 1
mktemp;kernel;PageCache::find(unsigned long) const 1
mktemp;vmlib;vmlib_host_syscall 1
mktemp;vmproc;port i/o 1
msgfmt;kernel;dcache::get(Dentry*) 1
msgfmt;vmlib;vmlib::emulate_out(tandem_site const&, tandem_regs&) 1
msgfmt;vmlib;vmlib::uo::find_block(unsigned long) 1
msgfmt;vmproc;port i/o 1
msgmerge;kernel;PageCache::find(unsigned long) const 1
msgmerge;kernel;memcpy 1
msgmerge;kernel;pty::drop_ctty(Process*) 1
msgmerge;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
mv;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
mv;kernel;AddressSpace::find(unsigned long) 1
mv;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
mv;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
mv;kernel;FdTable::install(File*, int, bool) 1
mv;kernel;__copy_user 1
mv;kernel;__strncpy_user 1
mv;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
mv;kernel;dcache::(anonymous namespace)::alloc(Dentry*, char const*, unsigned int, Inode*) 1
mv;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
mv;kernel;kstrlen(char const*) 1
mv;kernel;pmm::get(unsigned long) 1
mv;kernel;pmm::take_run(unsigned long) 1
mv;kernel;ptrace::traces_syscalls(Task*) 1
mv;kernel;trap_dispatch 1
mv;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
mv;kernel;vfs::open_path(Path const&, unsigned int, long*) 1
mv;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
mv;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
mv;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
mv;vmlib;vmlib::site_handler(unsigned short) 1
mv;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
mv;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
nm;kernel;PageCache::find(unsigned long) const 1
nm;kernel;pmm::put(unsigned long) 1
nm;vmlib;vmlib::find_site(unsigned long) 1
nm;vmlib;vmlib::handle_syscall(tandem_regs&) 1
nm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
nm;vmlib;vmlib::uo::flush_user_window() 1
nm;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
nm;vmlib;vmlib::uo::reflect_ahead() 1
objdump;vmlib;vmlib::uo::find_block(unsigned long) 1
objdump;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
od;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
od;vmlib;vmlib_host_syscall 1
ranlib;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
ranlib;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
ranlib;kernel;PageCache::find(unsigned long) const 1
ranlib;kernel;isr_stub_14 1
ranlib;kernel;memset 1
ranlib;kernel;pmm::put(unsigned long) 1
ranlib;kernel;pmm::take_run(unsigned long) 1
ranlib;kernel;sys_read(SyscallArgs&) 1
ranlib;vmlib;vmlib::resume_kernel(tandem_regs&) 1
ranlib;vmlib;vmlib::uo::reflect_ahead() 1
ranlib;vmlib;vmlib_resume_kernel_asm 1
ranlib;vmlib;vmlib_site_dispatch 1
rm;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
rm;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
rm;kernel;AddressSpace::find(unsigned long) 1
rm;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
rm;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
rm;kernel;AddressSpace::range_free(unsigned long, unsigned long) 1
rm;kernel;AddressSpace::split(Vma*, unsigned long) 1
rm;kernel;AddressSpace::try_merge(Vma*) 1
rm;kernel;File::path_inode() 1
rm;kernel;entropy::fill(void*, unsigned long) 1
rm;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
rm;kernel;isr_stub_32 1
rm;kernel;kmalloc(unsigned long) 1
rm;kernel;mounts::on(Mount*, Dentry*) 1
rm;kernel;pmm::alloc_pages(unsigned long) 1
rm;kernel;pmm::refcount(unsigned long) 1
rm;kernel;pmm::take_run(unsigned long) 1
rm;kernel;ptrace::traces_syscalls(Task*) 1
rm;kernel;sched::PreemptGuard::PreemptGuard() 1
rm;kernel;signal::pending_work(Task*) 1
rm;kernel;syscall_dispatch 1
rm;kernel;trap_dispatch 1
rm;kernel;traps::handle_page_fault(TrapFrame*) 1
rm;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
rm;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
rm;vmlib;tandem_x86_tss_stack 1
rm;vmlib;trap_common 1
rm;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
rm;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
rm;vmlib;vmlib::emulate_wrmsr(tandem_site const&, tandem_regs&) 1
rm;vmlib;vmlib::resume_user(tandem_regs&) 1
rm;vmlib;vmlib::site_handler(unsigned short) 1
rmdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
rmdir;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
sed;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
sed;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
sed;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
sed;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
sed;kernel;AddressSpace::set_brk(unsigned long) 1
sed;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
sed;kernel;File::stat(LinuxStat*) 1
sed;kernel;__strncpy_user 1
sed;kernel;cmdline::strace() 1
sed;kernel;dcache::get(Dentry*) 1
sed;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
sed;kernel;kfree(void*) 1
sed;kernel;kstrlen(char const*) 1
sed;kernel;memcmp 1
sed;kernel;pmm::put(unsigned long) 1
sed;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
sed;kernel;signal::flush(Task*) 1
sed;kernel;signal::pending_work(Task*) 1
sed;kernel;sys_brk(SyscallArgs&) 1
sed;kernel;sys_mmap(SyscallArgs&) 1
sed;kernel;trap_common 1
sed;kernel;trap_return 1
sed;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
sed;vmlib;tandem_x86_irq_deliverable 1
sed;vmlib;trap_common 1
sed;vmlib;trap_return 1
sed;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
sed;vmlib;vmlib::resume(tandem_regs&) 1
sed;vmlib;vmlib::site_handler(unsigned short) 1
sed;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
sed;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
sed;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
sed;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
sed;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
sh;kernel;fpu::release(Task*) 1
sh;kernel;memcpy 1
sh;kernel;memset 1
sh;kernel;syscall_entry 1
sh;kernel;vmm::activate(unsigned long) 1
sh;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
sh;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
sh;vmlib;vmlib::emulate_wrmsr(tandem_site const&, tandem_regs&) 1
sh;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
sh;vmlib;vmlib::uo::disarm_timer() 1
sleep;user 1
sleep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
sleep;vmlib;vmlib::handle_syscall(tandem_regs&) 1
sort;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
sort;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
sort;vmproc;port i/o 1
strip;kernel;isr_stub_14 1
strip;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
touch;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
touch;user 1
tr;user 1
tr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
tr;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
tr;vmlib;vmlib_resume_kernel_asm 1
true;user 1
uname;kernel;syscall_entry 1
uname;vmlib;vmlib::resume_kernel(tandem_regs&) 1
uname;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
uniq;vmlib;vmlib_host_syscall 1
xgettext;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
xgettext;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
xgettext;kernel;memset 1
xgettext;kernel;pmm::put(unsigned long) 1
xgettext;kernel;syscall_entry 1
xgettext;vmlib;__vmlib_site 1
xgettext;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
xgettext;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
