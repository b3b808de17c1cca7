cc1;user 21367
bash;vmlib;vmlib_host_syscall 2770
bash;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2420
cc1;vmlib;vmlib_host_syscall 1709
[no program];vmlib;vmlib_host_syscall 1594
bash;user 1407
ld;user 1268
as;user 974
cc1;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 538
cc1;vmlib;vmlib::handle_syscall(tandem_regs&) 492
bash;vmproc;port i/o 469
as;vmlib;vmlib_host_syscall 375
sed;user 370
cc1;kernel;memset 360
bash;vmlib;vmlib::handle_syscall(tandem_regs&) 353
ld;vmlib;vmlib_host_syscall 350
sed;vmlib;vmlib_host_syscall 332
bash;kernel;pmm::put(unsigned long) 294
rm;vmlib;vmlib_host_syscall 276
gcc;user 269
ld;vmlib;vmlib::handle_syscall(tandem_regs&) 253
rm;user 250
bash;kernel;memcpy 222
gcc;vmlib;vmlib_host_syscall 213
ld;vmproc;port i/o 211
cc1;kernel;syscall_entry 196
as;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 194
bash;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 187
sed;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 158
bash;kernel;syscall_entry 157
cat;vmlib;vmlib_host_syscall 151
as;vmproc;port i/o 150
sh;vmlib;vmlib_host_syscall 138
cc1;vmlib;vmlib_site_dispatch 132
cc1;vmproc;port i/o 130
cc1;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 120
bash;vmlib;vmlib_site_dispatch 119
cat;user 118
cc1;vmlib;vmlib::find_site(unsigned long) 108
rm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 107
rm;vmproc;port i/o 105
bash;vmlib;vmlib::uo::flush_user_window() 103
ld;kernel;memset 100
ld;kernel;syscall_entry 99
mv;vmlib;vmlib_host_syscall 98
[no program];kernel;pmm::put(unsigned long) 97
ld;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 92
cc1;kernel;isr_stub_14 90
cat;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 89
[no program];vmlib;vmlib_site_dispatch 86
bash;kernel;isr_stub_14 79
ar;vmproc;port i/o 78
mv;user 74
bash;vmlib;vmlib::find_site(unsigned long) 73
gcc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 69
collect2;vmlib;vmlib_host_syscall 64
bash;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 63
[no program];kernel;vmm::(anonymous namespace)::free_table(unsigned long, int) 60
bash;kernel;pmm::get(unsigned long) 58
grep;vmlib;vmlib_host_syscall 57
make;user 56
sed;vmlib;vmlib::handle_syscall(tandem_regs&) 54
cc1;vmlib;__vmlib_site 53
cc1;kernel;PageCache::find(unsigned long) const 51
gcc;vmproc;port i/o 51
rm;vmlib;vmlib::handle_syscall(tandem_regs&) 50
mv;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 49
bash;kernel;memset 48
cc1;kernel;pmm::get(unsigned long) 45
cc1;vmlib;vmlib_resume_kernel_asm 45
gcc;vmlib;vmlib::handle_syscall(tandem_regs&) 45
ar;vmlib;vmlib_host_syscall 44
bash;kernel;vmm::walk(unsigned long, unsigned long, bool) 43
ld;vmlib;vmlib_site_dispatch 43
ar;user 40
bash;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 40
bash;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 40
collect2;user 40
bash;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 39
bash;vmlib;vmlib::resume_kernel(tandem_regs&) 39
cc1;vmlib;vmlib::uo::find_block(unsigned long) 39
bash;vmlib;vmlib_resume_kernel_asm 38
[no program];vmlib;vmlib::resume_kernel(tandem_regs&) 37
as;vmlib;vmlib::handle_syscall(tandem_regs&) 35
as;kernel;memset 34
cc1;vmlib;vmlib::resume_kernel(tandem_regs&) 34
grep;user 34
[no program];vmlib;vmlib_resume_kernel_asm 32
bash;vmlib;__vmlib_site 32
cc1;kernel;dcache::find(Dentry*, char const*, unsigned int) 32
make;vmlib;vmlib_host_syscall 32
mkdir;user 31
[no program];vmlib;vmlib::find_site(unsigned long) 30
bash;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 30
cat;vmlib;vmlib::handle_syscall(tandem_regs&) 30
cc1;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 30
cc1;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 30
cc1;vmlib;vmlib::uo::reflect_ahead() 30
mv;vmproc;port i/o 30
nm;vmlib;vmlib_host_syscall 30
bash;vmlib;vmlib::uo::find_block(unsigned long) 28
cc1;kernel;pmm::take_run(unsigned long) 28
ld;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 27
bash;vmlib;vmlib::uo::page_now(unsigned long) 26
ld;kernel;isr_stub_14 26
cat;vmproc;port i/o 25
ld;vmlib;vmlib::find_site(unsigned long) 25
make;vmproc;port i/o 25
[no program];kernel;vmm::destroy_root(unsigned long) 24
bash;kernel;AddressSpace::clone_cow() 24
mkdir;vmlib;vmlib_host_syscall 24
ar;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 23
as;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 23
gcc;vmlib;vmlib_site_dispatch 23
sed;kernel;isr_stub_14 23
gcc;kernel;syscall_entry 22
[no program];vmlib;__vmlib_site 21
as;kernel;isr_stub_14 21
bash;kernel;kmalloc(unsigned long) 21
cc1;kernel;isr_stub_32 21
sed;kernel;syscall_entry 21
sed;vmlib;vmlib_site_dispatch 21
collect2;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 20
make;vmlib;vmlib::handle_syscall(tandem_regs&) 20
cc1;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 19
gcc;vmlib;vmlib::find_site(unsigned long) 18
grep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 18
make;kernel;syscall_entry 18
rm;vmlib;vmlib_site_dispatch 18
sed;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 18
cc1;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 17
mv;vmlib;vmlib::handle_syscall(tandem_regs&) 17
rm;kernel;isr_stub_14 17
bash;kernel;__copy_user 16
cc1;kernel;vmm::walk(unsigned long, unsigned long, bool) 16
ld;vmlib;__vmlib_site 16
mkdir;vmproc;port i/o 16
ranlib;vmlib;vmlib_host_syscall 16
rm;kernel;syscall_entry 16
ld;vmlib;vmlib::resume_kernel(tandem_regs&) 15
sed;vmlib;vmlib::find_site(unsigned long) 15
bash;vmlib;vmlib::uo::flush_user_page(unsigned long) 14
cc1;kernel;traps::handle_page_fault(TrapFrame*) 14
mv;kernel;syscall_entry 14
nm;user 14
as;kernel;syscall_entry 13
bash;kernel;pmm::take_run(unsigned long) 13
bash;kernel;traps::handle_page_fault(TrapFrame*) 13
bash;vmlib;vmlib::uo::reflect_ahead() 13
cc1;kernel;__copy_user 13
cc1;kernel;mounts::on(Mount*, Dentry*) 13
cc1;kernel;syscall_dispatch 13
gcc;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 13
mkdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 13
rm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 13
xgettext;vmproc;port i/o 13
[no program];vmproc;port i/o 12
as;vmlib;vmlib_site_dispatch 12
cc1;kernel;__strncpy_user 12
cc1;kernel;kmalloc(unsigned long) 12
cc1;kernel;memcpy 12
collect2;vmlib;vmlib::handle_syscall(tandem_regs&) 12
rm;kernel;memset 12
xgettext;user 12
[no program];kernel;AddressSpace::put() 11
[no program];kernel;AddressSpace::write_back(unsigned long, unsigned long) 11
as;kernel;memcpy 11
bash;vmlib;vmlib::resume(tandem_regs&) 11
bash;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 11
cc1;kernel;(anonymous namespace)::do_readlink(unsigned long, unsigned long, unsigned long, unsigned long) 11
cc1;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 11
collect2;kernel;syscall_entry 11
dirname;vmlib;vmlib_host_syscall 11
gcc;kernel;isr_stub_14 11
ld;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 11
msgfmt;user 11
nm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 11
[no program];vmlib;vmlib::deliver_pending_irq(tandem_regs&) 10
as;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 10
bash;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 10
bash;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 10
bash;kernel;PageCache::find(unsigned long) const 10
bash;kernel;dcache::find(Dentry*, char const*, unsigned int) 10
bash;kernel;signal::pending_work(Task*) 10
bash;vmlib;vmlib::site_handler(unsigned short) 10
bash;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 10
cat;vmlib;vmlib_site_dispatch 10
cc1;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 10
cc1;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 10
collect2;vmproc;port i/o 10
gcc;kernel;memcpy 10
gcc;kernel;memset 10
mawk;user 10
ranlib;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 10
sed;vmlib;__vmlib_site 10
as;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 9
as;vmlib;__vmlib_site 9
basename;vmlib;vmlib_host_syscall 9
bash;kernel;pmm::refcount(unsigned long) 9
bash;kernel;syscall_dispatch 9
bash;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 9
cc1;kernel;pmm::alloc_pages(unsigned long) 9
cc1;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 9
cc1;vmlib;vmlib::site_handler(unsigned short) 9
cc1;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 9
ld;kernel;pmm::take_run(unsigned long) 9
sed;vmlib;vmlib::uo::find_block(unsigned long) 9
sed;vmlib;vmlib::uo::reflect_ahead() 9
uname;vmlib;vmlib_host_syscall 9
[no program];kernel;program_names::forget(unsigned long) 8
ar;kernel;memcpy 8
cat;kernel;syscall_entry 8
cc1;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 8
cc1;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 8
cc1;kernel;strncpy_from_user(char*, char const*, unsigned long) 8
cc1;kernel;trap_return 8
collect2;vmlib;vmlib::find_site(unsigned long) 8
dirname;user 8
grep;vmlib;vmlib::handle_syscall(tandem_regs&) 8
ld;vmlib;vmlib_resume_kernel_asm 8
mv;vmlib;vmlib::find_site(unsigned long) 8
mv;vmlib;vmlib_site_dispatch 8
ranlib;vmproc;port i/o 8
rm;vmlib;__vmlib_site 8
rm;vmlib;vmlib::find_site(unsigned long) 8
rm;vmlib;vmlib::uo::reflect_ahead() 8
sed;kernel;memset 8
ar;kernel;isr_stub_14 7
as;kernel;vmm::walk(unsigned long, unsigned long, bool) 7
as;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 7
bash;kernel;FdTable::clone() 7
bash;kernel;sched::schedule() 7
bash;vmlib;tandem_x86_irq_deliverable 7
bash;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 7
cc1;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 7
cc1;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 7
cc1;vmlib;vmlib::resume(tandem_regs&) 7
cc1;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 7
collect2;kernel;memset 7
conftest;user 7
expr;user 7
expr;vmlib;vmlib_host_syscall 7
gcc;vmlib;vmlib_resume_kernel_asm 7
ld;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 7
ld;vmlib;vmlib::uo::reflect_ahead() 7
ln;user 7
ln;vmlib;vmlib_host_syscall 7
msgfmt;vmlib;vmlib_host_syscall 7
msgmerge;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
sed;kernel;PageCache::find(unsigned long) const 7
sh;user 7
sh;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
uname;user 7
xgettext;vmlib;vmlib_host_syscall 7
[no program];kernel;FdTable::close_on_exec() 6
[no program];vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 6
as;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 6
as;vmlib;vmlib::find_site(unsigned long) 6
bash;kernel;fpu::handle_nm(TrapFrame*) 6
bash;kernel;trap_dispatch 6
bash;kernel;trap_return 6
bash;vmlib;trap_return 6
bash;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 6
cat;kernel;isr_stub_14 6
cat;kernel;memset 6
cc1;kernel;itimer::expire(unsigned long) 6
cc1;kernel;ptrace::traces_syscalls(Task*) 6
cc1;kernel;vfs::readlink(int, char const*, char*, unsigned int) 6
cc1;vmlib;tandem_x86_irq_deliverable 6
cc1;vmlib;vmlib::enter_user_direct(tandem_regs&) 6
collect2;vmlib;vmlib_site_dispatch 6
conftest;vmproc;port i/o 6
expr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
gcc;kernel;PageCache::find(unsigned long) const 6
gcc;kernel;kmalloc(unsigned long) 6
gcc;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 6
ld;kernel;__copy_user 6
ld;kernel;pmm::get(unsigned long) 6
ld;kernel;syscall_dispatch 6
ld;vmlib;syscall_entry 6
ln;vmproc;port i/o 6
rm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 6
sed;vmproc;port i/o 6
sh;vmproc;port i/o 6
[no program];kernel;inode::put(Inode*) 5
[no program];vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 5
as;kernel;pmm::get(unsigned long) 5
as;vmlib;vmlib::resume_kernel(tandem_regs&) 5
as;vmlib;vmlib::uo::find_block(unsigned long) 5
as;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 5
basename;user 5
bash;kernel;kstrlen(char const*) 5
bash;kernel;memcmp 5
bash;kernel;proc::clone(CloneRequest const&, TrapFrame*) 5
bash;kernel;ptrace::traces_syscalls(Task*) 5
bash;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 5
bash;vmlib;vmlib::resume_user(tandem_regs&) 5
cat;vmlib;vmlib::find_site(unsigned long) 5
cat;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
cc1;kernel;pmm::alloc_run(unsigned long) 5
cc1;kernel;pmm::info(unsigned long) 5
cc1;kernel;pmm::put(unsigned long) 5
cc1;kernel;trap_common 5
cc1;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 5
cc1;vmlib;vmlib::resume_user(tandem_regs&) 5
cc;vmlib;vmlib_host_syscall 5
file;vmproc;port i/o 5
gcc;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 5
gcc;vmlib;vmlib::resume_kernel(tandem_regs&) 5
gcc;vmlib;vmlib::uo::find_block(unsigned long) 5
gcc;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 5
gcc;vmlib;vmlib::uo::reflect_ahead() 5
ld;kernel;PageCache::find(unsigned long) const 5
ld;kernel;memcpy 5
ld;kernel;vmm::walk(unsigned long, unsigned long, bool) 5
ld;vmlib;vmlib::uo::find_block(unsigned long) 5
ld;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 5
ld;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 5
mawk;vmlib;vmlib_host_syscall 5
msgmerge;user 5
mv;kernel;isr_stub_14 5
rm;kernel;PageCache::find(unsigned long) const 5
sed;kernel;dcache::find(Dentry*, char const*, unsigned int) 5
sed;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 5
[no program];kernel;WaitQueue::wake_all() 4
[no program];vmlib;tandem_x86_irq_deliverable 4
[no program];vmlib;vmlib::resume(tandem_regs&) 4
ar;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 4
as;vmlib;vmlib::uo::reflect_ahead() 4
as;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 4
bash;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 4
bash;kernel;AddressSpace::populate(unsigned long) 4
bash;kernel;__strncpy_user 4
bash;kernel;dcache::get(Dentry*) 4
bash;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 4
bash;kernel;kfree(void*) 4
bash;kernel;pmm::alloc_run(unsigned long) 4
bash;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 4
bash;vmlib;vmlib_space_resume 4
cat;kernel;PageCache::find(unsigned long) const 4
cat;vmlib;vmlib::uo::find_block(unsigned long) 4
cat;vmlib;vmlib_resume_kernel_asm 4
cc1;kernel;kfree(void*) 4
cc;user 4
chmod;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
gcc;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
gcc;kernel;dcache::find(Dentry*, char const*, unsigned int) 4
gcc;kernel;mounts::on(Mount*, Dentry*) 4
gcc;kernel;syscall_dispatch 4
gcc;vmlib;__vmlib_site 4
hostname;user 4
ld;kernel;AddressSpace::discard(unsigned long, unsigned long) 4
ld;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
ld;kernel;dcache::find(Dentry*, char const*, unsigned int) 4
ld;kernel;pmm::put(unsigned long) 4
ld;kernel;ptrace::traces_syscalls(Task*) 4
ld;kernel;traps::exit_to_user(TrapFrame*) 4
ld;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 4
ld;vmlib;vmlib::site_handler(unsigned short) 4
ln;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
ls;vmlib;vmlib_host_syscall 4
make;vmlib;vmlib_site_dispatch 4
mkdir;vmlib;vmlib::handle_syscall(tandem_regs&) 4
mv;vmlib;__vmlib_site 4
mv;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 4
ranlib;user 4
ranlib;vmlib;vmlib::handle_syscall(tandem_regs&) 4
rm;kernel;traps::handle_page_fault(TrapFrame*) 4
rm;vmlib;vmlib::uo::find_block(unsigned long) 4
rmdir;vmlib;vmlib_host_syscall 4
sed;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
sed;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 4
sed;kernel;traps::handle_page_fault(TrapFrame*) 4
sed;kernel;vmm::walk(unsigned long, unsigned long, bool) 4
sed;vmlib;vmlib::resume_kernel(tandem_regs&) 4
sort;vmlib;vmlib_host_syscall 4
[no program];kernel;kfree(void*) 3
[no program];kernel;sched::schedule() 3
[no program];kernel;vmm::activate(unsigned long) 3
[no program];vmlib;vmlib_space_resume 3
ar;kernel;PageCache::find(unsigned long) const 3
ar;kernel;memset 3
ar;kernel;syscall_entry 3
ar;vmlib;vmlib::handle_syscall(tandem_regs&) 3
as;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 3
as;vmlib;vmlib_resume_kernel_asm 3
bash;kernel;cmdline::strace() 3
bash;kernel;context_switch 3
bash;kernel;dup_to(unsigned long, unsigned long, bool) 3
bash;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 3
bash;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 3
bash;kernel;proc::release_zombie(Process*) 3
bash;kernel;program_names::set(unsigned long, char const*) 3
bash;kernel;sys_rt_sigaction(SyscallArgs&) 3
bash;kernel;sys_rt_sigprocmask(SyscallArgs&) 3
bash;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 3
bash;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 3
bash;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 3
bash;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 3
cat;vmlib;__vmlib_site 3
cat;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 3
cat;vmlib;vmlib::uo::reflect_ahead() 3
cc1;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 3
cc1;kernel;pmm::free_count() 3
cc1;kernel;pmm::free_pages(unsigned long, unsigned long) 3
cc1;kernel;ptrace::trap_pending(Task*) 3
cc1;kernel;sched::PreemptGuard::PreemptGuard() 3
cc1;kernel;sched::need_resched() 3
cc1;kernel;timer::irq(bool) 3
cc1;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 3
cc1;vmlib;trap_return 3
cc1;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 3
cc1;vmlib;vmlib::load_gs_base(unsigned long) 3
cc1;vmlib;vmlib::uo::page_now(unsigned long) 3
chmod;user 3
chmod;vmlib;vmlib_host_syscall 3
collect2;kernel;isr_stub_14 3
collect2;kernel;memcpy 3
conftest;vmlib;vmlib::handle_syscall(tandem_regs&) 3
conftest;vmlib;vmlib_host_syscall 3
conftest;vmlib;vmlib_site_dispatch 3
diff;user 3
dirname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
gcc;kernel;__strncpy_user 3
gcc;kernel;kstrlen(char const*) 3
grep;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
grep;kernel;isr_stub_14 3
grep;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 3
ld;kernel;pmm::alloc_page() 3
ld;kernel;sys_lseek(SyscallArgs&) 3
ld;vmlib;trap_return 3
ld;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 3
ld;vmlib;vmlib::resume(tandem_regs&) 3
ld;vmlib;vmlib::uo::page_now(unsigned long) 3
ls;user 3
make;vmlib;__vmlib_site 3
make;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 3
make;vmlib;vmlib::resume_kernel(tandem_regs&) 3
mkdir;kernel;isr_stub_14 3
mkdir;kernel;syscall_entry 3
msgfmt;vmproc;port i/o 3
msgmerge;vmlib;vmlib_host_syscall 3
mv;kernel;kstrlen(char const*) 3
mv;kernel;memcpy 3
mv;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 3
nm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
nm;kernel;memcpy 3
objdump;vmlib;vmlib_host_syscall 3
rm;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 3
rm;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 3
rm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
rm;kernel;AddressSpace::try_merge(Vma*) 3
rm;kernel;ptrace::traces_syscalls(Task*) 3
rm;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 3
rm;vmlib;vmlib::resume_user(tandem_regs&) 3
sed;kernel;AddressSpace::write_back(unsigned long, unsigned long) 3
sed;kernel;memcpy 3
sed;kernel;pmm::take_run(unsigned long) 3
sed;vmlib;vmlib_resume_kernel_asm 3
sh;kernel;context_switch 3
sh;vmlib;vmlib::emulate_wrmsr(tandem_site const&, tandem_regs&) 3
sh;vmlib;vmlib::find_site(unsigned long) 3
sh;vmlib;vmlib_site_dispatch 3
touch;vmproc;port i/o 3
[no program];kernel;sched::wake(Task*) 2
[no program];vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 2
[no program];vmlib;vmlib::site_handler(unsigned short) 2
ar;kernel;dcache::find(Dentry*, char const*, unsigned int) 2
ar;vmlib;vmlib::resume_user(tandem_regs&) 2
ar;vmlib;vmlib_site_dispatch 2
as;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 2
as;kernel;PageCache::find(unsigned long) const 2
as;kernel;__copy_user 2
as;kernel;pmm::take_run(unsigned long) 2
as;vmlib;trap_return 2
as;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
as;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
as;vmlib;vmlib::resume_user(tandem_regs&) 2
awk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
awk;vmlib;vmlib_host_syscall 2
bash;kernel;(anonymous namespace)::RegularFile::write(void const*, unsigned long) 2
bash;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
bash;kernel;AddressSpace::try_merge(Vma*) 2
bash;kernel;FdTable::get_file(int) 2
bash;kernel;FdTable::put() 2
bash;kernel;File::path_inode() 2
bash;kernel;inode::fill_stat(Inode const*, LinuxStat*) 2
bash;kernel;isr_stub_32 2
bash;kernel;kvsnprintf(char*, unsigned long, char const*, __va_list_tag*) 2
bash;kernel;pmm::alloc_pages(unsigned long) 2
bash;kernel;sched::create_task(char const*, void (*)(void*), void*) 2
bash;kernel;trap_common 2
bash;kernel;vmm::flush_page(unsigned long, unsigned long) 2
bash;vmlib;tandem_x86_virtual_flags 2
bash;vmlib;trap_common 2
bash;vmlib;vmlib::emulate_invlpg(tandem_site const&, tandem_regs&) 2
bash;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 2
bash;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
bash;vmlib;vmlib::guest_read(unsigned long, void*, unsigned long) 2
bash;vmlib;vmlib::operand_address(tandem_site const&, tandem_regs const&) 2
bash;vmlib;vmlib::real_user_flags(unsigned long) 2
bash;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 2
bash;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 2
cat;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 2
cat;kernel;AddressSpace::discard(unsigned long, unsigned long) 2
cat;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
cat;vmlib;vmlib::resume_kernel(tandem_regs&) 2
cc1;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 2
cc1;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 2
cc1;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
cc1;kernel;cmdline::strace() 2
cc1;kernel;dcache::get(Dentry*) 2
cc1;kernel;kstrlen(char const*) 2
cc1;kernel;memcmp 2
cc1;kernel;sched::PreemptGuard::~PreemptGuard() 2
cc1;kernel;signal::pending_work(Task*) 2
cc1;kernel;sys_readlink(SyscallArgs&) 2
cc1;kernel;trap_dispatch 2
cc1;kernel;traps::exit_to_user(TrapFrame*) 2
cc1;vmlib;syscall_entry 2
cc1;vmlib;trap_common 2
cc1;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::real_user_flags(unsigned long) 2
cc1;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
cc;vmlib;vmlib::handle_syscall(tandem_regs&) 2
collect2;kernel;kmalloc(unsigned long) 2
collect2;kernel;pmm::take_run(unsigned long) 2
collect2;kernel;sched::schedule() 2
collect2;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
conftest;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
cp;vmproc;port i/o 2
date;vmlib;vmlib_host_syscall 2
diff;vmlib;vmlib_host_syscall 2
gcc;kernel;(anonymous namespace)::StringVector::copy_from(unsigned long) [clone .part.0] 2
gcc;kernel;AddressSpace::populate(unsigned long) 2
gcc;kernel;FdTable::put() 2
gcc;kernel;memcmp 2
gcc;kernel;pmm::get(unsigned long) 2
gcc;kernel;strncpy_from_user(char*, char const*, unsigned long) 2
gcc;kernel;trap_dispatch 2
gcc;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 2
gcc;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
grep;kernel;pmm::put(unsigned long) 2
grep;kernel;syscall_entry 2
grep;vmlib;vmlib::find_site(unsigned long) 2
grep;vmlib;vmlib_site_dispatch 2
grep;vmproc;port i/o 2
ld;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 2
ld;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 2
ld;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 2
ld;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
ld;kernel;AddressSpace::set_brk(unsigned long) 2
ld;kernel;AddressSpace::write_back(unsigned long, unsigned long) 2
ld;kernel;FdTable::get_file(int) 2
ld;kernel;memcmp 2
ld;kernel;mounts::on(Mount*, Dentry*) 2
ld;kernel;pmm::alloc_run(unsigned long) 2
ld;kernel;strncpy_from_user(char*, char const*, unsigned long) 2
ld;kernel;sys_read(SyscallArgs&) 2
ld;kernel;trap_return 2
ld;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
ld;vmlib;vmlib::exit_to_host(tandem_exit_reason) 2
ld;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
ld;vmlib;vmlib::uo::flush_user_window() 2
make;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 2
make;kernel;memset 2
make;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 2
make;kernel;vmm::walk(unsigned long, unsigned long, bool) 2
make;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
make;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 2
make;vmlib;vmlib_resume_kernel_asm 2
mawk;vmproc;port i/o 2
mkdir;kernel;memcpy 2
mkdir;vmlib;__vmlib_site 2
mkdir;vmlib;vmlib::find_site(unsigned long) 2
mkdir;vmlib;vmlib_resume_kernel_asm 2
mkdir;vmlib;vmlib_site_dispatch 2
mktemp;kernel;isr_stub_14 2
mktemp;vmlib;vmlib_host_syscall 2
mktemp;vmproc;port i/o 2
mv;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 2
mv;kernel;PageCache::find(unsigned long) const 2
mv;kernel;dcache::find(Dentry*, char const*, unsigned int) 2
mv;vmlib;vmlib::resume_kernel(tandem_regs&) 2
mv;vmlib;vmlib::uo::find_block(unsigned long) 2
nm;kernel;isr_stub_14 2
nm;kernel;memset 2
nm;vmlib;vmlib::handle_syscall(tandem_regs&) 2
ranlib;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
rm;kernel;AddressSpace::write_back(unsigned long, unsigned long) 2
rm;kernel;memcpy 2
rm;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 2
rm;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
rm;vmlib;vmlib::resume_kernel(tandem_regs&) 2
rmdir;vmproc;port i/o 2
sed;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 2
sed;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
sed;kernel;FdTable::close(int) 2
sed;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 2
sed;kernel;pmm::put(unsigned long) 2
sed;kernel;syscall_dispatch 2
sed;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 2
sed;vmlib;trap_common 2
sed;vmlib;vmlib::resume_user(tandem_regs&) 2
sed;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
sed;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 2
sh;kernel;memset 2
sh;kernel;sched::schedule() 2
sh;vmlib;vmlib::resume_kernel(tandem_regs&) 2
sh;vmlib;vmlib_space_resume 2
sleep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
sort;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
tr;vmlib;vmlib_host_syscall 2
uname;kernel;isr_stub_14 2
uname;kernel;syscall_entry 2
uname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
uname;vmlib;vmlib::handle_syscall(tandem_regs&) 2
xgettext;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
[no program];kernel;exec::execute(ExecRequest const&, char const**) 1
[no program];kernel;fpu::release(Task*) 1
[no program];kernel;kstrlcpy(char*, char const*, unsigned long) 1
[no program];kernel;pollwait::notify() 1
[no program];kernel;proc::exit_thread(int) 1
[no program];kernel;proc::release_vfork(Task*) 1
[no program];kernel;ptrace::exit_for_tracer(Process*) 1
[no program];kernel;ptrace::release_tracees(Process*) 1
[no program];kernel;sched::PreemptGuard::PreemptGuard() 1
[no program];kernel;signal::(anonymous namespace)::ignored(Process*, int, bool) 1
[no program];kernel;signal::(anonymous namespace)::post_process(Process*, int, signal::SigSource const&, bool) 1
[no program];kernel;signal::reset_on_exec(Process*) 1
[no program];vmlib;vmlib::emulate_wrmsr(tandem_site const&, tandem_regs&) 1
[no program];vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
[no program];vmlib;vmlib_space_hand_off 1
ar;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 1
ar;kernel;PageCache::insert(unsigned long, unsigned long) 1
ar;kernel;pmm::put(unsigned long) 1
ar;kernel;trap_common 1
ar;vmlib;__vmlib_site 1
ar;vmlib;trap_return 1
ar;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
ar;vmlib;vmlib::find_site(unsigned long) 1
ar;vmlib;vmlib::uo::find_block(unsigned long) 1
ar;vmlib;vmlib::uo::flush_user_window() 1
ar;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
ar;vmlib;vmlib::uo::reflect_ahead() 1
ar;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
ar;vmlib;vmlib_resume_kernel_asm 1
arch;kernel;isr_stub_14 1
arch;user 1
arch;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
arch;vmlib;vmlib_host_syscall 1
as;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 1
as;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
as;kernel;AddressSpace::try_merge(Vma*) 1
as;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
as;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
as;kernel;PageCache::insert(unsigned long, unsigned long) 1
as;kernel;__strncpy_user 1
as;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
as;kernel;dcache::get(Dentry*) 1
as;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
as;kernel;itimer::expire(unsigned long) 1
as;kernel;pmm::put(unsigned long) 1
as;kernel;pmm::refcount(unsigned long) 1
as;kernel;signal::pending_work(Task*) 1
as;kernel;trap_return 1
as;vmlib;vmlib::resume(tandem_regs&) 1
as;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
as;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
as;vmlib;vmlib::uo::forget_page(unsigned long) 1
as;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
as;vmlib;vmlib::uo::remove_block_at(unsigned int) 1
awk;user 1
awk;vmlib;vmlib::uo::find_block(unsigned long) 1
basename;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 1
basename;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
basename;vmlib;vmlib::handle_syscall(tandem_regs&) 1
bash;kernel;(anonymous namespace)::exec_depth(char const*, char const* const*, unsigned int, char const* const*, unsigned int, char const**, unsigned int) 1
bash;kernel;(anonymous namespace)::pipe_of(Inode*) [clone .part.0] 1
bash;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 1
bash;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
bash;kernel;AddressSpace::create() 1
bash;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
bash;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
bash;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
bash;kernel;FdTable::close(int) 1
bash;kernel;WaitQueue::sleep_locked() 1
bash;kernel;WaitQueue::wake_all() 1
bash;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
bash;kernel;dcache::(anonymous namespace)::alloc(Dentry*, char const*, unsigned int, Inode*) 1
bash;kernel;dcache::shrink() 1
bash;kernel;entropy::(anonymous namespace)::quarter(unsigned int*, int, int, int, int) 1
bash;kernel;exec::execute(ExecRequest const&, char const**) 1
bash;kernel;fpu::switch_to(Task*) 1
bash;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
bash;kernel;inode::get(Inode*) 1
bash;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 1
bash;kernel;ksnprintf(char*, unsigned long, char const*, ...) 1
bash;kernel;mounts::on(Mount*, Dentry*) 1
bash;kernel;pmm::alloc_page() 1
bash;kernel;pmm::free_pages(unsigned long, unsigned long) 1
bash;kernel;proc::count() 1
bash;kernel;ptrace::trap_pending(Task*) 1
bash;kernel;sched::PreemptGuard::~PreemptGuard() 1
bash;kernel;sched::load_user_bases(Task*) 1
bash;kernel;sched::make_runnable(Task*) 1
bash;kernel;sched::need_resched() 1
bash;kernel;sched::preempt_point() 1
bash;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
bash;kernel;signal::handle_pending(TrapFrame*) 1
bash;kernel;signal::take(Task*, unsigned long, signal::SigSource*) 1
bash;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
bash;kernel;sys_access(SyscallArgs&) 1
bash;kernel;sys_clone(SyscallArgs&) 1
bash;kernel;sys_execve(SyscallArgs&) 1
bash;kernel;sys_fcntl(SyscallArgs&) 1
bash;kernel;sys_getpid(SyscallArgs&) 1
bash;kernel;sys_getuid(SyscallArgs&) 1
bash;kernel;sys_ioctl(SyscallArgs&) 1
bash;kernel;sys_openat(SyscallArgs&) 1
bash;kernel;sys_read(SyscallArgs&) 1
bash;kernel;sys_wait4(SyscallArgs&) 1
bash;kernel;sys_write(SyscallArgs&) 1
bash;kernel;traps::exit_to_user(TrapFrame*) 1
bash;kernel;vfs::put_fs_context(FsContext*) 1
bash;kernel;vmm::activate(unsigned long) 1
bash;vmlib;tandem_x86_deliver_once 1
bash;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
bash;vmlib;vmlib::note_delivery(int, unsigned long, unsigned long, unsigned int) 1
bash;vmlib;vmlib::uo::key_is_sound(unsigned long) 1
bash;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
bash;vmlib;vmlib::uo::take_vcpu() 1
bash;vmlib;vmlib_space_migrate 1
cat;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
cat;kernel;AddressSpace::range_free(unsigned long, unsigned long) 1
cat;kernel;__strncpy_user 1
cat;kernel;fsvc::(anonymous namespace)::FsvcFs::write_through(Inode*, unsigned long, unsigned char const*, unsigned long) 1
cat;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
cat;kernel;kmalloc(unsigned long) 1
cat;kernel;memcpy 1
cat;kernel;sched::PreemptGuard::~PreemptGuard() 1
cat;kernel;signal::pending_work(Task*) 1
cat;kernel;timer::irq(bool) 1
cat;vmlib;tandem_x86_deliver_once 1
cat;vmlib;tandem_x86_virtual_flags 1
cat;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
cat;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
cat;vmlib;vmlib::site_handler(unsigned short) 1
cat;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
cat;vmlib;vmlib::uo::page_now(unsigned long) 1
cat;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
cat;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
cc1;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
cc1;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 1
cc1;kernel;AddressSpace::try_merge(Vma*) 1
cc1;kernel;FdTable::get_file(int) 1
cc1;kernel;File::path_inode() 1
cc1;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
cc1;kernel;clock::monotonic_ns() 1
cc1;kernel;cputime::tick(bool, bool, unsigned int) 1
cc1;kernel;fsvc::(anonymous namespace)::FsvcFs::read_pages(Inode*, unsigned long, unsigned long, unsigned char*) 1
cc1;kernel;inode::get(Inode*) 1
cc1;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 1
cc1;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
cc1;kernel;pmm::refcount(unsigned long) 1
cc1;kernel;sched::schedule() 1
cc1;kernel;sleep::wake_expired(unsigned long) 1
cc1;kernel;sys_close(SyscallArgs&) 1
cc1;kernel;sys_mmap(SyscallArgs&) 1
cc1;kernel;sys_read(SyscallArgs&) 1
cc1;kernel;sys_sysinfo(SyscallArgs&) 1
cc1;kernel;timer::reprogram() 1
cc1;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
cc1;vmlib;tandem_x86_virtual_flags 1
cc1;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::local_port_out(unsigned short, unsigned int, unsigned char) 1
cc1;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
cc1;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
cc1;vmlib;vmlib::uo::flush_user_window() 1
cc1;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
cc1;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
cc;kernel;mounts::on(Mount*, Dentry*) 1
cc;kernel;sched::schedule() 1
cc;kernel;syscall_entry 1
cc;vmlib;vmlib::find_site(unsigned long) 1
cc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
cc;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
cc;vmproc;port i/o 1
chmod;kernel;PageCache::find(unsigned long) const 1
chmod;kernel;isr_stub_14 1
chmod;vmlib;vmlib::handle_syscall(tandem_regs&) 1
cmp;kernel;PageCache::find(unsigned long) const 1
cmp;user 1
cmp;vmlib;vmlib_host_syscall 1
collect2;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
collect2;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
collect2;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
collect2;kernel;PageCache::find(unsigned long) const 1
collect2;kernel;memcmp 1
collect2;kernel;pmm::put(unsigned long) 1
collect2;kernel;trap_return 1
collect2;kernel;traps::exit_to_user(TrapFrame*) 1
collect2;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
collect2;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
collect2;vmlib;__vmlib_site 1
collect2;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
collect2;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
collect2;vmlib;vmlib::resume(tandem_regs&) 1
collect2;vmlib;vmlib::uo::find_block(unsigned long) 1
collect2;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
collect2;vmlib;vmlib::uo::reflect_ahead() 1
collect2;vmlib;vmlib_resume_kernel_asm 1
conftest;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
conftest;kernel;__strncpy_user 1
conftest;kernel;dcache::get(Dentry*) 1
conftest;kernel;mounts::on(Mount*, Dentry*) 1
conftest;kernel;syscall_entry 1
conftest;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
cp;kernel;syscall_entry 1
cp;vmlib;vmlib::uo::reflect_ahead() 1
cp;vmlib;vmlib_host_syscall 1
date;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
date;user 1
date;vmlib;vmlib::handle_syscall(tandem_regs&) 1
date;vmproc;port i/o 1
dd;user 1
dd;vmlib;vmlib_host_syscall 1
diff;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
dirname;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 1
dirname;kernel;isr_stub_14 1
dirname;kernel;memset 1
dirname;vmlib;vmlib::handle_syscall(tandem_regs&) 1
dirname;vmlib;vmlib::resume_kernel(tandem_regs&) 1
dirname;vmlib;vmlib_site_dispatch 1
echo;kernel;pmm::put(unsigned long) 1
echo;vmlib;vmlib::handle_syscall(tandem_regs&) 1
expr;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
expr;kernel;isr_stub_14 1
expr;vmlib;trap_common 1
expr;vmlib;vmlib::handle_syscall(tandem_regs&) 1
expr;vmlib;vmlib::resume_kernel(tandem_regs&) 1
expr;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
expr;vmlib;vmlib_site_dispatch 1
expr;vmproc;port i/o 1
gcc;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
gcc;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
gcc;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 1
gcc;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 1
gcc;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
gcc;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
gcc;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
gcc;kernel;clock::monotonic_ns() 1
gcc;kernel;fpu::handle_nm(TrapFrame*) 1
gcc;kernel;kfree(void*) 1
gcc;kernel;pmm::free_pages(unsigned long, unsigned long) 1
gcc;kernel;pmm::take_run(unsigned long) 1
gcc;kernel;signal::pending_work(Task*) 1
gcc;kernel;sleep::earliest_deadline() 1
gcc;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
gcc;vmlib;tandem_x86_irq_deliverable 1
gcc;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
gcc;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
gcc;vmlib;vmlib::resume_user(tandem_regs&) 1
gcc;vmlib;vmlib::site_handler(unsigned short) 1
gcc;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
gcc;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
gcc;vmlib;vmlib_space_resume 1
getconf;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
grep;kernel;(anonymous namespace)::placeable(unsigned long, unsigned long) 1
grep;kernel;(anonymous namespace)::put_number((anonymous namespace)::Sink&, unsigned long, unsigned int, int, bool, bool) 1
grep;kernel;FdTable::put() 1
grep;kernel;File::stat(LinuxStat*) 1
grep;kernel;kfree(void*) 1
grep;kernel;memcpy 1
grep;kernel;pmm::get(unsigned long) 1
grep;kernel;pmm::info(unsigned long) 1
grep;kernel;pmm::take_run(unsigned long) 1
grep;kernel;syscall_dispatch 1
grep;vmlib;__vmlib_site 1
grep;vmlib;trap_return 1
grep;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
grep;vmlib;vmlib::uo::find_block(unsigned long) 1
grep;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
hostname;kernel;isr_stub_14 1
hostname;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
hostname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
hostname;vmlib;vmlib_host_syscall 1
ld;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
ld;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
ld;kernel;FdTable::install(File*, int, bool) 1
ld;kernel;FdTable::put() 1
ld;kernel;File::stat(LinuxStat*) 1
ld;kernel;clock::realtime_ns() 1
ld;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
ld;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
ld;kernel;kfree(void*) 1
ld;kernel;kmalloc(unsigned long) 1
ld;kernel;kstrlen(char const*) 1
ld;kernel;pmm::alloc_pages(unsigned long) 1
ld;kernel;pmm::free_pages(unsigned long, unsigned long) 1
ld;kernel;pmm::info(unsigned long) 1
ld;kernel;ptrace::trap_pending(Task*) 1
ld;kernel;signal::pending_work(Task*) 1
ld;kernel;trap_dispatch 1
ld;kernel;vfs::d_path(Path const&, char*, unsigned int) 1
ld;vmlib;tandem_x86_virtual_flags 1
ld;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::resume_user(tandem_regs&) 1
ld;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
ld;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
ld;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
ld;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
ln;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
ln;vmlib;vmlib::find_site(unsigned long) 1
ln;vmlib;vmlib::handle_syscall(tandem_regs&) 1
ln;vmlib;vmlib::uo::reflect_ahead() 1
ln;vmlib;vmlib_site_dispatch 1
ls;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
make;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
make;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
make;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
make;kernel;AddressSpace::populate(unsigned long) 1
make;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
make;kernel;PageCache::find(unsigned long) const 1
make;kernel;__copy_user 1
make;kernel;__strncpy_user 1
make;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
make;kernel;exec::execute(ExecRequest const&, char const**) 1
make;kernel;isr_stub_14 1
make;kernel;kmalloc(unsigned long) 1
make;kernel;memcpy 1
make;kernel;pmm::get(unsigned long) 1
make;kernel;pmm::take_run(unsigned long) 1
make;kernel;signal::pending_work(Task*) 1
make;kernel;sys_clock_gettime(SyscallArgs&) 1
make;kernel;sys_rt_sigaction(SyscallArgs&) 1
make;kernel;sys_write(SyscallArgs&) 1
make;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
make;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
make;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
mawk;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
mawk;vmlib;vmlib::find_site(unsigned long) 1
mawk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
mawk;vmlib;vmlib::handle_syscall(tandem_regs&) 1
mawk;vmlib;vmlib::resume_kernel(tandem_regs&) 1
mawk;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
mawk;vmlib;vmlib_site_dispatch 1
mkdir;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
mkdir;kernel;dcache::get(Dentry*) 1
mkdir;kernel;make_snapshot_file(Text&, long*) 1
mkdir;kernel;memset 1
mkdir;kernel;signal::pending_work(Task*) 1
mkdir;kernel;sys_close(SyscallArgs&) 1
mkdir;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
mkdir;vmlib;vmlib::resume_user(tandem_regs&) 1
mkdir;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
mkdir;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
mkdir;vmlib;vmlib::uo::reflect_ahead() 1
msgfmt;kernel;isr_stub_14 1
msgfmt;kernel;kmalloc(unsigned long) 1
msgfmt;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
msgfmt;vmlib;vmlib::handle_syscall(tandem_regs&) 1
msgfmt;vmlib;vmlib_resume_kernel_asm 1
msgmerge;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
msgmerge;vmlib;vmlib_resume_kernel_asm 1
msgmerge;vmproc;port i/o 1
mt;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
mt;vmlib;vmlib_host_syscall 1
mv;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
mv;kernel;__copy_user 1
mv;kernel;pmm::get(unsigned long) 1
mv;kernel;pmm::take_run(unsigned long) 1
mv;kernel;sched::PreemptGuard::PreemptGuard() 1
mv;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
mv;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
mv;vmlib;vmlib::resume_user(tandem_regs&) 1
mv;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
mv;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
mv;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
mv;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
mv;vmlib;vmlib_resume_kernel_asm 1
nm;kernel;pmm::put(unsigned long) 1
nm;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
nm;vmlib;__vmlib_site 1
nm;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
nm;vmlib;vmlib::find_site(unsigned long) 1
nm;vmlib;vmlib::resume_user(tandem_regs&) 1
nm;vmproc;port i/o 1
objdump;kernel;isr_stub_14 1
objdump;user 1
objdump;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
od;user 1
od;vmlib;vmlib::uo::find_block(unsigned long) 1
od;vmlib;vmlib_host_syscall 1
ranlib;kernel;signal::pending_work(Task*) 1
ranlib;kernel;syscall_entry 1
ranlib;vmlib;vmlib::resume_user(tandem_regs&) 1
ranlib;vmlib;vmlib::uo::find_block(unsigned long) 1
ranlib;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
rm;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
rm;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
rm;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
rm;kernel;AddressSpace::set_brk(unsigned long) 1
rm;kernel;__copy_user 1
rm;kernel;dcache::put(Dentry*) 1
rm;kernel;futex::wake(unsigned long, bool, int, unsigned int) 1
rm;kernel;kfree(void*) 1
rm;kernel;kmalloc(unsigned long) 1
rm;kernel;pmm::get(unsigned long) 1
rm;kernel;pmm::take_run(unsigned long) 1
rm;kernel;proc::exit_group(int) 1
rm;kernel;proc::exit_thread(int) 1
rm;kernel;sys_getrandom(SyscallArgs&) 1
rm;kernel;sys_newfstatat(SyscallArgs&) 1
rm;kernel;syscall_dispatch 1
rm;kernel;trap_dispatch 1
rm;kernel;trap_return 1
rm;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
rm;vmlib;tandem_x86_irq_deliverable 1
rm;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
rm;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
rm;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
rm;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
rm;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
rm;vmlib;vmlib_resume_kernel_asm 1
rmdir;user 1
rmdir;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
rmdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
sed;kernel;(anonymous namespace)::PipeEnd::write(void const*, unsigned long) 1
sed;kernel;(anonymous namespace)::SnapshotFile::read(void*, unsigned long) 1
sed;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
sed;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 1
sed;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
sed;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
sed;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
sed;kernel;FdTable::put() 1
sed;kernel;kmalloc(unsigned long) 1
sed;kernel;pmm::alloc_run(unsigned long) 1
sed;kernel;proc::exit_group(int) 1
sed;kernel;signal::pending_work(Task*) 1
sed;kernel;sys_execve(SyscallArgs&) 1
sed;kernel;sys_getrandom(SyscallArgs&) 1
sed;kernel;trap_common 1
sed;kernel;trap_dispatch 1
sed;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
sed;vmlib;tandem_x86_virtual_flags 1
sed;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
sed;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
sed;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
sed;vmlib;vmlib::real_user_flags(unsigned long) 1
sed;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
sed;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
sed;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
sed;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
sed;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
sed;vmlib;vmlib::uo::page_now(unsigned long) 1
sh;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 1
sh;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
sh;kernel;memcpy 1
sh;kernel;pmm::free_pages(unsigned long, unsigned long) 1
sh;kernel;program_names::set(unsigned long, char const*) 1
sh;kernel;syscall_entry 1
sh;kernel;traps::handle_page_fault(TrapFrame*) 1
sh;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
sh;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
sh;vmlib;vmlib::uo::page_now(unsigned long) 1
sh;vmlib;vmlib_resume_kernel_asm 1
sleep;vmlib;vmlib::handle_syscall(tandem_regs&) 1
sleep;vmlib;vmlib_host_syscall 1
sort;kernel;memcpy 1
sort;user 1
strip;user 1
strip;vmproc;port i/o 1
touch;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
tr;kernel;WaitQueue::wake_all() 1
tr;user 1
tr;vmlib;vmlib::handle_syscall(tandem_regs&) 1
tr;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
tr;vmlib;vmlib_resume_kernel_asm 1
true;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
uname;kernel;memset 1
uname;kernel;traps::exit_to_user(TrapFrame*) 1
uname;vmlib;vmlib::find_site(unsigned long) 1
uname;vmlib;vmlib::operand_address(tandem_site const&, tandem_regs const&) 1
uname;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
uniq;vmlib;vmlib_host_syscall 1
xgettext;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
xgettext;kernel;inode::put(Inode*) 1
xgettext;kernel;isr_stub_14 1
xgettext;kernel;kstrlen(char const*) 1
xgettext;vmlib;__vmlib_site 1
xgettext;vmlib;vmlib_site_dispatch 1
