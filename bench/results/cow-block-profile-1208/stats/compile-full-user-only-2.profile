cc1;user 30712
bash;vmlib;vmlib_host_syscall 3678
bash;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3103
cc1;vmlib;vmlib_host_syscall 2347
[no program];vmlib;vmlib_host_syscall 2169
bash;user 1847
ld;user 1470
as;user 1310
cc1;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 768
cc1;vmlib;vmlib::handle_syscall(tandem_regs&) 698
sed;user 497
as;vmlib;vmlib_host_syscall 492
sed;vmlib;vmlib_host_syscall 466
bash;vmlib;vmlib::handle_syscall(tandem_regs&) 457
ld;vmlib;vmlib_host_syscall 453
bash;kernel;memcpy 406
bash;vmproc;port i/o 397
rm;user 373
cc1;kernel;memset 369
rm;vmlib;vmlib_host_syscall 330
ld;vmlib;vmlib::handle_syscall(tandem_regs&) 319
gcc;user 309
as;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 287
gcc;vmlib;vmlib_host_syscall 273
bash;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 263
cc1;kernel;syscall_entry 239
cat;vmlib;vmlib_host_syscall 238
bash;kernel;pmm::put(unsigned long) 215
ld;vmproc;port i/o 211
sed;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 206
cat;user 196
sh;vmlib;vmlib_host_syscall 182
rm;vmproc;port i/o 163
cc1;vmlib;vmlib_site_dispatch 161
bash;kernel;syscall_entry 157
cc1;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 146
bash;vmlib;vmlib::uo::flush_user_window() 142
as;vmproc;port i/o 141
rm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 141
mv;vmlib;vmlib_host_syscall 138
cc1;vmproc;port i/o 132
ld;kernel;memset 130
[no program];kernel;pmm::put(unsigned long) 128
cc1;kernel;isr_stub_14 125
bash;vmlib;vmlib_site_dispatch 122
ld;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 116
cc1;vmlib;vmlib::find_site(unsigned long) 115
ld;kernel;syscall_entry 112
[no program];vmlib;vmlib_site_dispatch 105
gcc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 104
bash;kernel;isr_stub_14 101
bash;vmlib;vmlib::find_site(unsigned long) 94
mv;user 89
cc1;vmlib;vmlib::resume_kernel(tandem_regs&) 82
mv;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 79
bash;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 77
grep;vmlib;vmlib_host_syscall 76
bash;kernel;memset 75
gcc;vmlib;vmlib::handle_syscall(tandem_regs&) 73
ar;vmlib;vmlib_host_syscall 72
cat;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 71
cc1;vmlib;vmlib_resume_kernel_asm 70
[no program];kernel;vmm::(anonymous namespace)::free_table(unsigned long, int) 69
bash;kernel;vmm::walk(unsigned long, unsigned long, bool) 68
collect2;vmlib;vmlib_host_syscall 67
sed;vmlib;vmlib::handle_syscall(tandem_regs&) 67
ar;vmproc;port i/o 66
cc1;kernel;PageCache::find(unsigned long) const 64
bash;vmlib;vmlib::resume_kernel(tandem_regs&) 63
as;vmlib;vmlib::handle_syscall(tandem_regs&) 60
bash;kernel;pmm::get(unsigned long) 59
gcc;vmproc;port i/o 57
cc1;kernel;pmm::get(unsigned long) 54
grep;user 54
bash;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 53
bash;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 51
collect2;user 51
make;user 51
[no program];vmlib;vmlib::resume_kernel(tandem_regs&) 50
cc1;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 49
mkdir;user 49
mv;vmproc;port i/o 49
cc1;vmlib;__vmlib_site 48
[no program];vmlib;vmlib_resume_kernel_asm 47
cc1;vmlib;vmlib::uo::reflect_ahead() 46
rm;vmlib;vmlib::handle_syscall(tandem_regs&) 46
bash;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 45
ld;vmlib;vmlib_site_dispatch 45
make;vmlib;vmlib::handle_syscall(tandem_regs&) 45
as;kernel;memset 44
ar;user 43
cc1;kernel;dcache::find(Dentry*, char const*, unsigned int) 42
cc1;kernel;pmm::take_run(unsigned long) 42
bash;vmlib;__vmlib_site 40
bash;vmlib;vmlib_resume_kernel_asm 40
cc1;kernel;isr_stub_32 39
mkdir;vmlib;vmlib_host_syscall 39
bash;kernel;AddressSpace::clone_cow() 36
cc1;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 36
nm;vmlib;vmlib_host_syscall 36
make;vmlib;vmlib_host_syscall 35
[no program];vmlib;vmlib::find_site(unsigned long) 34
cat;vmlib;vmlib::handle_syscall(tandem_regs&) 34
cc1;vmlib;vmlib::uo::find_block(unsigned long) 34
bash;vmlib;vmlib::uo::find_block(unsigned long) 33
ld;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 33
cc1;kernel;vmm::walk(unsigned long, unsigned long, bool) 32
bash;vmlib;vmlib::uo::reflect_ahead() 31
ar;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 30
cc1;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 30
grep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 29
mv;vmlib;vmlib::handle_syscall(tandem_regs&) 29
cat;vmproc;port i/o 27
nm;user 27
sed;kernel;isr_stub_14 27
[no program];vmlib;__vmlib_site 25
ld;kernel;isr_stub_14 25
mkdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 25
[no program];kernel;vmm::destroy_root(unsigned long) 24
bash;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 24
gcc;kernel;syscall_entry 24
sed;kernel;syscall_entry 24
bash;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 23
make;kernel;syscall_entry 23
make;vmproc;port i/o 23
as;kernel;syscall_entry 22
as;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 22
bash;kernel;pmm::take_run(unsigned long) 22
gcc;kernel;memset 22
ld;vmlib;vmlib::find_site(unsigned long) 22
nm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 22
sed;vmlib;vmlib::find_site(unsigned long) 22
bash;vmlib;vmlib::uo::page_now(unsigned long) 21
cc1;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 21
collect2;vmlib;vmlib::handle_syscall(tandem_regs&) 21
gcc;vmlib;vmlib_site_dispatch 21
sed;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 21
bash;kernel;__copy_user 20
bash;kernel;kmalloc(unsigned long) 20
bash;vmlib;vmlib::uo::flush_user_page(unsigned long) 20
cc1;kernel;__copy_user 20
cc1;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 20
ld;vmlib;__vmlib_site 20
ld;vmlib;vmlib::resume_kernel(tandem_regs&) 20
bash;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 19
cc1;kernel;memcmp 19
gcc;vmlib;vmlib::find_site(unsigned long) 19
as;kernel;isr_stub_14 18
as;kernel;memcpy 18
bash;kernel;PageCache::find(unsigned long) const 18
rm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 18
as;vmlib;vmlib_site_dispatch 17
collect2;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 17
ld;kernel;__copy_user 17
rm;kernel;isr_stub_14 17
xgettext;user 17
[no program];vmproc;port i/o 16
bash;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 16
bash;vmlib;vmlib::site_handler(unsigned short) 16
cc1;kernel;memcpy 16
grep;vmlib;vmlib::handle_syscall(tandem_regs&) 16
rm;vmlib;vmlib_site_dispatch 16
xgettext;vmlib;vmlib_host_syscall 16
bash;kernel;fpu::handle_nm(TrapFrame*) 15
cc1;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 15
cc1;kernel;itimer::expire(unsigned long) 15
cc1;kernel;mounts::on(Mount*, Dentry*) 15
ld;vmlib;vmlib_resume_kernel_asm 15
[no program];kernel;AddressSpace::write_back(unsigned long, unsigned long) 14
[no program];vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 14
bash;kernel;pmm::refcount(unsigned long) 14
bash;vmlib;vmlib::enter_user_direct(tandem_regs&) 14
cat;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 14
cc1;kernel;syscall_dispatch 14
cc1;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 14
uname;vmlib;vmlib_host_syscall 14
ar;kernel;memcpy 13
bash;kernel;traps::handle_page_fault(TrapFrame*) 13
bash;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 13
cc1;kernel;__strncpy_user 13
cc1;kernel;traps::handle_page_fault(TrapFrame*) 13
cc1;vmlib;vmlib::enter_user_direct(tandem_regs&) 13
cc1;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 13
cc1;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 13
dirname;user 13
ld;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 13
ln;vmlib;vmlib_host_syscall 13
msgfmt;user 13
sed;vmlib;vmlib_site_dispatch 13
[no program];vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 12
cc1;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 12
cc1;kernel;kfree(void*) 12
cc1;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 12
collect2;vmproc;port i/o 12
expr;user 12
mawk;vmlib;vmlib_host_syscall 12
ranlib;user 12
rm;kernel;syscall_entry 12
sed;vmlib;vmlib::resume_kernel(tandem_regs&) 12
uname;user 12
cc1;kernel;kmalloc(unsigned long) 11
dirname;vmlib;vmlib_host_syscall 11
expr;vmlib;vmlib_host_syscall 11
gcc;kernel;isr_stub_14 11
ld;kernel;pmm::get(unsigned long) 11
mawk;user 11
sed;vmproc;port i/o 11
xgettext;vmproc;port i/o 11
as;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 10
bash;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 10
bash;kernel;dcache::find(Dentry*, char const*, unsigned int) 10
bash;kernel;signal::pending_work(Task*) 10
cc1;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 10
cc1;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 10
cc1;kernel;pmm::put(unsigned long) 10
cc1;kernel;strncpy_from_user(char*, char const*, unsigned long) 10
cc1;vmlib;vmlib::site_handler(unsigned short) 10
cc1;vmlib;vmlib::uo::flush_user_window() 10
gcc;vmlib;__vmlib_site 10
gcc;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 10
ln;user 10
make;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 10
msgfmt;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 10
msgmerge;vmlib;vmlib_host_syscall 10
ranlib;vmlib;vmlib_host_syscall 10
sed;kernel;PageCache::find(unsigned long) const 10
sed;vmlib;vmlib::uo::reflect_ahead() 10
sh;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 10
[no program];kernel;pmm::(anonymous namespace)::note_word(unsigned long) 9
[no program];vmlib;vmlib::deliver_pending_irq(tandem_regs&) 9
ar;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 9
ar;kernel;isr_stub_14 9
as;kernel;pmm::get(unsigned long) 9
as;vmlib;vmlib::find_site(unsigned long) 9
as;vmlib;vmlib::resume_kernel(tandem_regs&) 9
as;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 9
bash;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 9
bash;kernel;FdTable::clone() 9
bash;kernel;syscall_dispatch 9
bash;kernel;trap_return 9
bash;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 9
cc1;kernel;(anonymous namespace)::do_readlink(unsigned long, unsigned long, unsigned long, unsigned long) 9
cc1;kernel;ptrace::traces_syscalls(Task*) 9
cc1;vmlib;vmlib::resume(tandem_regs&) 9
gcc;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 9
gcc;vmlib;vmlib::resume_kernel(tandem_regs&) 9
ld;kernel;AddressSpace::discard(unsigned long, unsigned long) 9
rm;vmlib;vmlib::uo::find_block(unsigned long) 9
sed;kernel;memset 9
sh;vmproc;port i/o 9
[no program];kernel;kfree(void*) 8
as;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 8
bash;kernel;__strncpy_user 8
cat;kernel;isr_stub_14 8
cat;kernel;memset 8
cat;kernel;syscall_entry 8
cc1;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 8
cc1;kernel;pmm::free_pages(unsigned long, unsigned long) 8
cc1;kernel;signal::pending_work(Task*) 8
gcc;kernel;memcpy 8
ld;kernel;pmm::put(unsigned long) 8
ld;kernel;syscall_dispatch 8
mawk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 8
mv;vmlib;vmlib::resume_kernel(tandem_regs&) 8
ranlib;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 8
sed;kernel;pmm::get(unsigned long) 8
sed;vmlib;vmlib_resume_kernel_asm 8
[no program];vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 7
[no program];vmlib;vmlib::site_handler(unsigned short) 7
[no program];vmlib;vmlib_space_resume 7
ar;kernel;memset 7
ar;vmlib;vmlib::handle_syscall(tandem_regs&) 7
bash;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 7
bash;kernel;proc::clone(CloneRequest const&, TrapFrame*) 7
bash;kernel;ptrace::traces_syscalls(Task*) 7
bash;kernel;trap_dispatch 7
bash;vmlib;tandem_x86_irq_deliverable 7
cc1;kernel;pmm::alloc_pages(unsigned long) 7
cc1;kernel;ptrace::trap_pending(Task*) 7
cc;vmlib;vmlib_host_syscall 7
collect2;vmlib;vmlib_site_dispatch 7
gcc;kernel;__strncpy_user 7
gcc;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 7
gcc;vmlib;vmlib::uo::find_block(unsigned long) 7
ld;kernel;pmm::take_run(unsigned long) 7
ld;kernel;ptrace::traces_syscalls(Task*) 7
ld;kernel;trap_return 7
ld;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 7
ln;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
mawk;vmproc;port i/o 7
mkdir;vmproc;port i/o 7
msgfmt;vmlib;vmlib_host_syscall 7
msgmerge;user 7
mv;kernel;isr_stub_14 7
rm;kernel;memset 7
rm;vmlib;vmlib::resume_kernel(tandem_regs&) 7
sed;kernel;memcpy 7
sh;user 7
[no program];kernel;AddressSpace::put() 6
as;kernel;PageCache::find(unsigned long) const 6
as;kernel;__copy_user 6
as;kernel;pmm::take_run(unsigned long) 6
as;vmlib;vmlib_resume_kernel_asm 6
basename;user 6
basename;vmlib;vmlib_host_syscall 6
bash;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 6
bash;kernel;AddressSpace::populate(unsigned long) 6
bash;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 6
bash;kernel;sched::schedule() 6
bash;kernel;sys_rt_sigprocmask(SyscallArgs&) 6
bash;kernel;trap_common 6
bash;vmlib;trap_return 6
bash;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 6
bash;vmlib;vmlib::resume(tandem_regs&) 6
cc1;kernel;timer::irq(bool) 6
cc1;kernel;trap_dispatch 6
cc1;kernel;trap_return 6
cc1;vmlib;vmlib::resume_user(tandem_regs&) 6
cc1;vmlib;vmlib::uo::page_now(unsigned long) 6
chmod;vmlib;vmlib_host_syscall 6
collect2;kernel;memset 6
collect2;kernel;syscall_entry 6
collect2;vmlib;vmlib::find_site(unsigned long) 6
conftest;user 6
dirname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
gcc;kernel;dcache::find(Dentry*, char const*, unsigned int) 6
gcc;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 6
gcc;vmlib;vmlib::uo::reflect_ahead() 6
ld;kernel;AddressSpace::write_back(unsigned long, unsigned long) 6
ld;kernel;dcache::find(Dentry*, char const*, unsigned int) 6
ld;kernel;vmm::walk(unsigned long, unsigned long, bool) 6
mkdir;kernel;isr_stub_14 6
mv;kernel;PageCache::find(unsigned long) const 6
mv;kernel;dcache::find(Dentry*, char const*, unsigned int) 6
mv;kernel;syscall_entry 6
nm;vmlib;vmlib::handle_syscall(tandem_regs&) 6
rm;vmlib;vmlib::uo::reflect_ahead() 6
sed;vmlib;vmlib::uo::find_block(unsigned long) 6
[no program];vmlib;tandem_x86_irq_deliverable 5
[no program];vmlib;tandem_x86_virtual_flags 5
ar;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
as;kernel;pmm::put(unsigned long) 5
as;vmlib;vmlib::uo::find_block(unsigned long) 5
bash;kernel;cmdline::strace() 5
bash;kernel;context_switch 5
bash;kernel;dcache::get(Dentry*) 5
bash;kernel;dcache::put(Dentry*) 5
bash;kernel;exec::execute(ExecRequest const&, char const**) 5
bash;kernel;isr_stub_32 5
bash;kernel;kstrlen(char const*) 5
bash;kernel;sched::need_resched() 5
bash;vmlib;tandem_x86_virtual_flags 5
bash;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 5
cat;vmlib;vmlib::find_site(unsigned long) 5
cat;vmlib;vmlib::resume_kernel(tandem_regs&) 5
cat;vmlib;vmlib::uo::reflect_ahead() 5
cc1;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 5
cc1;vmlib;trap_return 5
chmod;user 5
collect2;kernel;isr_stub_14 5
collect2;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 5
conftest;vmlib;vmlib_host_syscall 5
expr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
gcc;vmlib;vmlib_resume_kernel_asm 5
ld;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 5
ld;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 5
make;vmlib;vmlib_site_dispatch 5
mv;vmlib;vmlib::find_site(unsigned long) 5
mv;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
mv;vmlib;vmlib_site_dispatch 5
nm;kernel;memcpy 5
ranlib;vmproc;port i/o 5
rm;kernel;PageCache::find(unsigned long) const 5
rm;vmlib;__vmlib_site 5
rm;vmlib;vmlib::find_site(unsigned long) 5
rm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 5
rm;vmlib;vmlib_resume_kernel_asm 5
rmdir;vmlib;vmlib_host_syscall 5
sed;kernel;signal::pending_work(Task*) 5
sed;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 5
sed;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 5
sh;kernel;memset 5
sh;vmlib;vmlib::find_site(unsigned long) 5
uname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
xgettext;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
[no program];kernel;inode::put(Inode*) 4
[no program];kernel;signal::(anonymous namespace)::post_process(Process*, int, signal::SigSource const&, bool) 4
[no program];vmlib;vmlib::resume(tandem_regs&) 4
as;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 4
as;kernel;syscall_dispatch 4
as;vmlib;vmlib::uo::reflect_ahead() 4
awk;user 4
awk;vmlib;vmlib_host_syscall 4
basename;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
bash;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 4
bash;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 4
bash;kernel;vmm::flush_page(unsigned long, unsigned long) 4
bash;vmlib;vmlib::emulate_invlpg(tandem_site const&, tandem_regs&) 4
cat;kernel;AddressSpace::discard(unsigned long, unsigned long) 4
cat;kernel;PageCache::find(unsigned long) const 4
cat;kernel;memcpy 4
cat;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 4
cc1;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 4
cc1;kernel;cmdline::strace() 4
cc1;vmlib;tandem_x86_irq_deliverable 4
cc1;vmlib;trap_common 4
cc1;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 4
cc;user 4
collect2;kernel;pmm::get(unsigned long) 4
collect2;vmlib;vmlib::uo::reflect_ahead() 4
date;user 4
expr;vmlib;vmlib::handle_syscall(tandem_regs&) 4
gcc;kernel;AddressSpace::populate(unsigned long) 4
gcc;kernel;FdTable::close(int) 4
gcc;kernel;kmalloc(unsigned long) 4
gcc;kernel;kstrlen(char const*) 4
gcc;kernel;mounts::on(Mount*, Dentry*) 4
gcc;kernel;pmm::get(unsigned long) 4
grep;vmlib;vmlib_site_dispatch 4
hostname;user 4
hostname;vmlib;vmlib_host_syscall 4
ld;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
ld;kernel;PageCache::find(unsigned long) const 4
ld;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 4
ld;kernel;pmm::alloc_page() 4
ld;vmlib;vmlib::enter_user_direct(tandem_regs&) 4
ld;vmlib;vmlib::uo::find_block(unsigned long) 4
ln;vmproc;port i/o 4
ls;user 4
ls;vmlib;vmlib_host_syscall 4
make;vmlib;vmlib::find_site(unsigned long) 4
mkdir;kernel;memset 4
mv;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 4
mv;vmlib;vmlib::uo::reflect_ahead() 4
rm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
rm;kernel;memcpy 4
rm;kernel;pmm::get(unsigned long) 4
sed;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 4
sed;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 4
sh;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 4
sort;vmlib;vmlib_host_syscall 4
[no program];kernel;dcache::put(Dentry*) 3
[no program];kernel;program_names::set(unsigned long, char const*) 3
[no program];kernel;sched::wake(Task*) 3
ar;kernel;syscall_entry 3
ar;vmlib;vmlib_site_dispatch 3
as;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 3
as;kernel;isr_stub_32 3
as;kernel;trap_return 3
as;kernel;traps::handle_page_fault(TrapFrame*) 3
as;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 3
as;kernel;vmm::walk(unsigned long, unsigned long, bool) 3
as;vmlib;__vmlib_site 3
as;vmlib;vmlib::resume(tandem_regs&) 3
bash;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 3
bash;kernel;sys_rt_sigaction(SyscallArgs&) 3
bash;kernel;traps::exit_to_user(TrapFrame*) 3
bash;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 3
bash;vmlib;syscall_entry 3
bash;vmlib;vmlib::uo::key_is_sound(unsigned long) 3
bash;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 3
cat;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 3
cat;vmlib;vmlib_site_dispatch 3
cc1;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 3
cc1;kernel;AddressSpace::discard(unsigned long, unsigned long) 3
cc1;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 3
cc1;kernel;pmm::info(unsigned long) 3
cc1;kernel;sched::PreemptGuard::PreemptGuard() 3
cc1;kernel;sched::PreemptGuard::~PreemptGuard() 3
cc1;kernel;sched::need_resched() 3
cc1;kernel;vfs::readlink(int, char const*, char*, unsigned int) 3
cc1;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 3
cc1;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 3
cc1;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 3
cc;vmproc;port i/o 3
chmod;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
cmp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
collect2;kernel;dcache::find(Dentry*, char const*, unsigned int) 3
collect2;kernel;pmm::take_run(unsigned long) 3
collect2;vmlib;vmlib_resume_kernel_asm 3
conftest;kernel;syscall_entry 3
conftest;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
conftest;vmlib;vmlib_site_dispatch 3
dd;user 3
diff;vmlib;vmlib_host_syscall 3
file;vmproc;port i/o 3
gcc;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 3
gcc;kernel;PageCache::find(unsigned long) const 3
gcc;kernel;pmm::take_run(unsigned long) 3
gcc;kernel;vmm::walk(unsigned long, unsigned long, bool) 3
gcc;vmlib;tandem_x86_virtual_flags 3
grep;kernel;isr_stub_14 3
grep;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 3
grep;vmproc;port i/o 3
ld;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 3
ld;kernel;__strncpy_user 3
ld;kernel;memcpy 3
ld;kernel;sys_lseek(SyscallArgs&) 3
ld;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 3
ld;vmlib;vmlib::resume_user(tandem_regs&) 3
ld;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 3
ld;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 3
ld;vmlib;vmlib::uo::reflect_ahead() 3
make;kernel;FdTable::clone() 3
mkdir;kernel;syscall_entry 3
mkdir;vmlib;vmlib::handle_syscall(tandem_regs&) 3
mktemp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
msgmerge;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
mv;kernel;memset 3
mv;vmlib;vmlib::uo::find_block(unsigned long) 3
mv;vmlib;vmlib_resume_kernel_asm 3
nm;kernel;isr_stub_14 3
nm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 3
objdump;vmlib;vmlib_host_syscall 3
ranlib;kernel;memcpy 3
ranlib;vmlib;vmlib::handle_syscall(tandem_regs&) 3
rm;kernel;dcache::find(Dentry*, char const*, unsigned int) 3
rm;kernel;pmm::put(unsigned long) 3
rm;kernel;pmm::take_run(unsigned long) 3
rm;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 3
rm;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 3
rm;vmlib;vmlib::uo::flush_user_page(unsigned long) 3
rmdir;user 3
rmdir;vmproc;port i/o 3
sed;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 3
sed;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
sed;kernel;dcache::find(Dentry*, char const*, unsigned int) 3
sed;kernel;syscall_dispatch 3
sed;kernel;vmm::walk(unsigned long, unsigned long, bool) 3
sed;vmlib;vmlib::site_handler(unsigned short) 3
sed;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 3
sh;vmlib;vmlib::site_handler(unsigned short) 3
sh;vmlib;vmlib_space_resume 3
sort;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
tr;user 3
tr;vmlib;vmlib_host_syscall 3
[no program];kernel;FdTable::close_on_exec() 2
[no program];kernel;WaitQueue::wake_all() 2
[no program];kernel;exec::execute(ExecRequest const&, char const**) 2
[no program];kernel;pollwait::notify() 2
[no program];kernel;program_names::forget(unsigned long) 2
[no program];kernel;sched::schedule() 2
[no program];kernel;vmm::activate(unsigned long) 2
[no program];vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 2
[no program];vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 2
[no program];vmlib;vmlib::uo::load_address_space(unsigned int, bool) 2
ar;kernel;PageCache::find(unsigned long) const 2
ar;vmlib;trap_return 2
ar;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
ar;vmlib;vmlib::find_site(unsigned long) 2
ar;vmlib;vmlib::uo::find_block(unsigned long) 2
arch;user 2
as;kernel;AddressSpace::discard(unsigned long, unsigned long) 2
as;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 2
as;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 2
as;kernel;__strncpy_user 2
as;kernel;itimer::expire(unsigned long) 2
as;kernel;kfree(void*) 2
as;kernel;kmalloc(unsigned long) 2
as;kernel;ptrace::traces_syscalls(Task*) 2
as;kernel;signal::pending_work(Task*) 2
as;kernel;sys_mmap(SyscallArgs&) 2
as;kernel;trap_common 2
as;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 2
as;vmlib;tandem_x86_virtual_flags 2
as;vmlib;trap_return 2
as;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
as;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
as;vmlib;vmlib::resume_user(tandem_regs&) 2
as;vmlib;vmlib::site_handler(unsigned short) 2
as;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 2
as;vmlib;vmlib::uo::flush_user_window() 2
as;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 2
basename;vmlib;vmlib_site_dispatch 2
bash;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
bash;kernel;FdTable::get_file(int) 2
bash;kernel;FdTable::put() 2
bash;kernel;dcache::(anonymous namespace)::alloc(Dentry*, char const*, unsigned int, Inode*) 2
bash;kernel;fpu::sync(Task*) 2
bash;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 2
bash;kernel;inode::get(Inode*) 2
bash;kernel;kfree(void*) 2
bash;kernel;mounts::on(Mount*, Dentry*) 2
bash;kernel;pmm::free_pages(unsigned long, unsigned long) 2
bash;kernel;proc::exit_group(int) 2
bash;kernel;program_names::set(unsigned long, char const*) 2
bash;kernel;sched::preempt_point() 2
bash;kernel;signal::handle_pending(TrapFrame*) 2
bash;kernel;sys_read(SyscallArgs&) 2
bash;kernel;sys_wait4(SyscallArgs&) 2
bash;kernel;sys_write(SyscallArgs&) 2
bash;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 2
bash;vmlib;vmlib::exit_to_host(tandem_exit_reason) 2
bash;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 2
bash;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
bash;vmlib;vmlib_space_hand_off 2
bash;vmlib;vmlib_space_resume 2
cat;kernel;kfree(void*) 2
cat;kernel;pmm::get(unsigned long) 2
cat;kernel;pmm::take_run(unsigned long) 2
cat;vmlib;__vmlib_site 2
cat;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
cat;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
cc1;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 2
cc1;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 2
cc1;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
cc1;kernel;FdTable::install(File*, int, bool) 2
cc1;kernel;File::path_inode() 2
cc1;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 2
cc1;kernel;cputime::tick(bool, bool, unsigned int) 2
cc1;kernel;dcache::put(Dentry*) 2
cc1;kernel;inode::(anonymous namespace)::lru_add(Inode*) 2
cc1;kernel;make_regular_file() 2
cc1;kernel;pmm::alloc_run(unsigned long) 2
cc1;kernel;sched::tick() 2
cc1;kernel;sys_brk(SyscallArgs&) 2
cc1;kernel;sys_mmap(SyscallArgs&) 2
cc1;kernel;sys_readlink(SyscallArgs&) 2
cc1;kernel;sys_write(SyscallArgs&) 2
cc1;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 2
cc1;vmlib;syscall_entry 2
cc1;vmlib;tandem_x86_virtual_flags 2
cc1;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
cc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
collect2;kernel;PageCache::find(unsigned long) const 2
collect2;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 2
collect2;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
collect2;vmlib;vmlib::site_handler(unsigned short) 2
collect2;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
conftest;kernel;PageCache::find(unsigned long) const 2
conftest;kernel;memset 2
conftest;vmlib;__vmlib_site 2
conftest;vmlib;vmlib::handle_syscall(tandem_regs&) 2
conftest;vmproc;port i/o 2
cp;vmproc;port i/o 2
dirname;kernel;memset 2
dirname;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
expr;vmproc;port i/o 2
gcc;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 2
gcc;kernel;AddressSpace::find(unsigned long) 2
gcc;kernel;fpu::handle_nm(TrapFrame*) 2
gcc;kernel;pmm::put(unsigned long) 2
gcc;kernel;traps::handle_page_fault(TrapFrame*) 2
gcc;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
gcc;vmlib;vmlib::resume(tandem_regs&) 2
gcc;vmlib;vmlib::site_handler(unsigned short) 2
grep;kernel;(anonymous namespace)::put_number((anonymous namespace)::Sink&, unsigned long, unsigned int, int, bool, bool) 2
grep;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 2
grep;kernel;memset 2
grep;kernel;pmm::get(unsigned long) 2
grep;kernel;syscall_entry 2
grep;vmlib;__vmlib_site 2
grep;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
grep;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 2
ld;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 2
ld;kernel;AddressSpace::set_brk(unsigned long) 2
ld;kernel;FdTable::install(File*, int, bool) 2
ld;kernel;cmdline::strace() 2
ld;kernel;memcmp 2
ld;kernel;mounts::on(Mount*, Dentry*) 2
ld;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 2
ld;vmlib;tandem_x86_irq_deliverable 2
ld;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
ld;vmlib;vmlib::resume(tandem_regs&) 2
ld;vmlib;vmlib::site_handler(unsigned short) 2
ld;vmlib;vmlib::uo::flush_user_page(unsigned long) 2
ld;vmlib;vmlib::uo::flush_user_window() 2
ln;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
make;kernel;dcache::find(Dentry*, char const*, unsigned int) 2
make;kernel;isr_stub_14 2
make;kernel;memset 2
make;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 2
make;vmlib;__vmlib_site 2
make;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 2
mkdir;kernel;memcpy 2
mkdir;vmlib;__vmlib_site 2
mktemp;vmlib;vmlib_host_syscall 2
msgfmt;kernel;memcpy 2
msgfmt;vmlib;vmlib::handle_syscall(tandem_regs&) 2
mv;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
mv;kernel;pmm::get(unsigned long) 2
mv;kernel;signal::pending_work(Task*) 2
mv;kernel;sys_statfs(SyscallArgs&) 2
mv;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 2
mv;vmlib;__vmlib_site 2
mv;vmlib;vmlib::site_handler(unsigned short) 2
mv;vmlib;vmlib::uo::flush_user_page(unsigned long) 2
nm;kernel;traps::handle_page_fault(TrapFrame*) 2
ranlib;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
ranlib;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
rm;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 2
rm;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 2
rm;kernel;trap_dispatch 2
rm;kernel;traps::handle_page_fault(TrapFrame*) 2
rm;vmlib;trap_return 2
rm;vmlib;vmlib::resume_user(tandem_regs&) 2
rmdir;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
sed;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 2
sed;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
sed;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
sed;kernel;AddressSpace::unmap(unsigned long, unsigned long) 2
sed;kernel;__copy_user 2
sed;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 2
sed;kernel;isr_stub_32 2
sed;kernel;itimer::expire(unsigned long) 2
sed;kernel;kfree(void*) 2
sed;kernel;kmalloc(unsigned long) 2
sed;kernel;pmm::put(unsigned long) 2
sed;kernel;pmm::take_run(unsigned long) 2
sed;kernel;sched::PreemptGuard::PreemptGuard() 2
sed;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 2
sed;vmlib;__vmlib_site 2
sed;vmlib;trap_return 2
sed;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
sed;vmlib;vmlib::exit_to_host(tandem_exit_reason) 2
sed;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
sh;kernel;memcpy 2
sleep;vmlib;vmlib_host_syscall 2
sort;user 2
strip;user 2
touch;vmproc;port i/o 2
true;user 2
[no program];kernel;dcache::get(Dentry*) 1
[no program];kernel;fpu::release(Task*) 1
[no program];kernel;sched::PreemptGuard::PreemptGuard() 1
[no program];kernel;sched::load_user_bases(Task*) 1
[no program];vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
[no program];vmlib;vmlib::emulate_wrmsr(tandem_site const&, tandem_regs&) 1
[no program];vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
[no program];vmlib;vmlib_space_hand_off 1
ar;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
ar;kernel;PageCache::insert(unsigned long, unsigned long) 1
ar;kernel;cmdline::strace() 1
ar;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
ar;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
ar;kernel;pmm::put(unsigned long) 1
ar;kernel;traps::handle_page_fault(TrapFrame*) 1
ar;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
ar;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
ar;vmlib;vmlib::resume_kernel(tandem_regs&) 1
ar;vmlib;vmlib::uo::flush_user_window() 1
ar;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
ar;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
arch;kernel;memset 1
arch;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
arch;vmlib;vmlib_host_syscall 1
as;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
as;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
as;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
as;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
as;kernel;AddressSpace::set_brk(unsigned long) 1
as;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
as;kernel;entropy::fill(void*, unsigned long) 1
as;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
as;kernel;inode::(anonymous namespace)::lru_add(Inode*) 1
as;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 1
as;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
as;kernel;kstrlen(char const*) 1
as;kernel;pmm::free_pages(unsigned long, unsigned long) 1
as;kernel;ptrace::trap_pending(Task*) 1
as;kernel;sched::need_resched() 1
as;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
as;kernel;sys_read(SyscallArgs&) 1
as;kernel;trap_dispatch 1
as;kernel;traps::exit_to_user(TrapFrame*) 1
as;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
as;kernel;vfs::open_path(Path const&, unsigned int, long*) 1
as;kernel;vmm::table_of(unsigned long) 1
as;vmlib;tandem_x86_irq_deliverable 1
as;vmlib;trap_common 1
as;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
as;vmlib;vmlib::guest_read(unsigned long, void*, unsigned long) 1
as;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
as;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
as;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
awk;kernel;isr_stub_14 1
awk;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
awk;vmlib;vmlib::uo::reflect_ahead() 1
basename;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
basename;vmlib;vmlib::uo::find_block(unsigned long) 1
bash;kernel;(anonymous namespace)::Devfs::open_special(Inode*, unsigned int, long*) 1
bash;kernel;(anonymous namespace)::DirFile::emit(void*, char const*, unsigned int, unsigned long, unsigned char) 1
bash;kernel;(anonymous namespace)::child_start(void*) 1
bash;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 1
bash;kernel;(anonymous namespace)::put_number((anonymous namespace)::Sink&, unsigned long, unsigned int, int, bool, bool) 1
bash;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
bash;kernel;AddressSpace::copy_out(unsigned long, void const*, unsigned long) 1
bash;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
bash;kernel;AddressSpace::find(unsigned long) 1
bash;kernel;AddressSpace::range_free(unsigned long, unsigned long) 1
bash;kernel;FdTable::close(int) 1
bash;kernel;File::ioctl(unsigned long, unsigned long) 1
bash;kernel;File::~File() 1
bash;kernel;boot::info() 1
bash;kernel;clock::realtime_ns() 1
bash;kernel;dcache::shrink() 1
bash;kernel;do_pipe(unsigned long, unsigned long) 1
bash;kernel;dup_to(unsigned long, unsigned long, bool) 1
bash;kernel;entropy::fill(void*, unsigned long) 1
bash;kernel;fpu::switch_to(Task*) 1
bash;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
bash;kernel;inode::get_page(Inode*, unsigned long, long*) 1
bash;kernel;inode::put(Inode*) 1
bash;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
bash;kernel;isr_stub_7 1
bash;kernel;itimer::expire(unsigned long) 1
bash;kernel;ksnprintf(char*, unsigned long, char const*, ...) 1
bash;kernel;memcmp 1
bash;kernel;pipe::create(File**, File**, unsigned int) 1
bash;kernel;pmm::alloc_page_nozero() 1
bash;kernel;pmm::alloc_run(unsigned long) 1
bash;kernel;pmm::info(unsigned long) 1
bash;kernel;pmm::take_free_run(unsigned long) 1
bash;kernel;proc::exit_thread(int) 1
bash;kernel;ptrace::trap_pending(Task*) 1
bash;kernel;pty::inherit_ctty(Process*, Process const*) 1
bash;kernel;sched::create_task(char const*, void (*)(void*), void*) 1
bash;kernel;signal::sigreturn(TrapFrame*) 1
bash;kernel;signal::take(Task*, unsigned long, signal::SigSource*) 1
bash;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
bash;kernel;sys_brk(SyscallArgs&) 1
bash;kernel;sys_close(SyscallArgs&) 1
bash;kernel;sys_execve(SyscallArgs&) 1
bash;kernel;sys_fcntl(SyscallArgs&) 1
bash;kernel;sys_newfstatat(SyscallArgs&) 1
bash;kernel;vmm::table_of(unsigned long) 1
bash;vmlib;tandem_x86_deliver_once 1
bash;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::guest_read(unsigned long, void*, unsigned long) 1
bash;vmlib;vmlib::load_gs_base(unsigned long) 1
bash;vmlib;vmlib::operand_address(tandem_site const&, tandem_regs const&) 1
bash;vmlib;vmlib::resume_user(tandem_regs&) 1
bash;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
bash;vmlib;vmlib::uo::reflection_table() 1
bash;vmlib;vmlib_space_migrate 1
cat;kernel;(anonymous namespace)::exec_depth(char const*, char const* const*, unsigned int, char const* const*, unsigned int, char const**, unsigned int) 1
cat;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
cat;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
cat;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
cat;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
cat;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 1
cat;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
cat;kernel;FdTable::close(int) 1
cat;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
cat;kernel;kmalloc(unsigned long) 1
cat;kernel;pmm::alloc_page_nozero() 1
cat;kernel;signal::pending_work(Task*) 1
cat;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
cat;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
cat;vmlib;tandem_x86_irq_deliverable 1
cat;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
cat;vmlib;vmlib::resume(tandem_regs&) 1
cat;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
cat;vmlib;vmlib::uo::page_now(unsigned long) 1
cat;vmlib;vmlib_resume_kernel_asm 1
cc1;kernel;(anonymous namespace)::RegularFile::write(void const*, unsigned long) 1
cc1;kernel;(anonymous namespace)::RegularFile::~RegularFile() 1
cc1;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
cc1;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
cc1;kernel;AddressSpace::set_brk(unsigned long) 1
cc1;kernel;AddressSpace::try_merge(Vma*) 1
cc1;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
cc1;kernel;FdTable::close(int) 1
cc1;kernel;FileSystem::open_special(Inode*, unsigned int, long*) 1
cc1;kernel;boot::info() 1
cc1;kernel;clock::monotonic_ns() 1
cc1;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
cc1;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
cc1;kernel;kstrlen(char const*) 1
cc1;kernel;pmm::alloc_page_nozero() 1
cc1;kernel;pmm::free_count() 1
cc1;kernel;pmm::take_free_run(unsigned long) 1
cc1;kernel;pty::drop_ctty(Process*) 1
cc1;kernel;sys_close(SyscallArgs&) 1
cc1;kernel;sys_getcwd(SyscallArgs&) 1
cc1;kernel;sys_prlimit64(SyscallArgs&) 1
cc1;kernel;sys_read(SyscallArgs&) 1
cc1;kernel;sys_rt_sigaction(SyscallArgs&) 1
cc1;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::emulate_invlpg(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
cc1;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
cc1;vmlib;vmlib::load_gs_base(unsigned long) 1
cc1;vmlib;vmlib::local_port_out(unsigned short, unsigned int, unsigned char) 1
cc1;vmlib;vmlib::note_delivery(int, unsigned long, unsigned long, unsigned int) 1
cc1;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
cc;kernel;FdTable::clone() 1
cc;kernel;memcpy 1
cc;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
cc;vmlib;vmlib_site_dispatch 1
chmod;vmlib;vmlib::handle_syscall(tandem_regs&) 1
chmod;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
chmod;vmlib;vmlib_resume_kernel_asm 1
cmp;user 1
collect2;kernel;(anonymous namespace)::Tmpfs::unlink(Inode*, char const*, unsigned int, Inode*) 1
collect2;kernel;(anonymous namespace)::put_number((anonymous namespace)::Sink&, unsigned long, unsigned int, int, bool, bool) 1
collect2;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
collect2;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
collect2;kernel;FdTable::clone() 1
collect2;kernel;dcache::get(Dentry*) 1
collect2;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
collect2;kernel;kfree(void*) 1
collect2;kernel;kstrlen(char const*) 1
collect2;kernel;memcmp 1
collect2;kernel;memcpy 1
collect2;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
collect2;kernel;pmm::alloc_pages(unsigned long) 1
collect2;kernel;pmm::put(unsigned long) 1
collect2;kernel;sys_newfstatat(SyscallArgs&) 1
collect2;kernel;sys_vfork(SyscallArgs&) 1
collect2;kernel;syscall_dispatch 1
collect2;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
collect2;vmlib;__vmlib_site 1
collect2;vmlib;syscall_entry 1
collect2;vmlib;trap_return 1
collect2;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
collect2;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
collect2;vmlib;vmlib::read_kernel(void*, unsigned long, void*, unsigned long) 1
collect2;vmlib;vmlib::real_user_flags(unsigned long) 1
collect2;vmlib;vmlib::resume_kernel(tandem_regs&) 1
collect2;vmlib;vmlib::uo::forget_page(unsigned long) 1
collect2;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
collect2;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
collect2;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
conftest;kernel;mounts::on(Mount*, Dentry*) 1
conftest;kernel;pmm::alloc_pages(unsigned long) 1
conftest;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
conftest;vmlib;vmlib::find_site(unsigned long) 1
conftest;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
cp;kernel;AddressSpace::try_merge(Vma*) 1
cp;user 1
cp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
cp;vmlib;vmlib_host_syscall 1
date;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
date;vmlib;vmlib::handle_syscall(tandem_regs&) 1
date;vmlib;vmlib_host_syscall 1
date;vmproc;port i/o 1
dd;vmlib;vmlib::find_site(unsigned long) 1
diff;kernel;syscall_entry 1
diff;user 1
diff;vmlib;vmlib::find_site(unsigned long) 1
diff;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
diff;vmproc;port i/o 1
dirname;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
dirname;kernel;isr_stub_14 1
dirname;kernel;memcpy 1
dirname;kernel;syscall_entry 1
dirname;vmlib;vmlib::find_site(unsigned long) 1
dirname;vmlib;vmlib::resume_kernel(tandem_regs&) 1
dirname;vmlib;vmlib::site_handler(unsigned short) 1
dirname;vmlib;vmlib_site_dispatch 1
echo;user 1
echo;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
echo;vmlib;vmlib_host_syscall 1
expr;kernel;itimer::expire(unsigned long) 1
expr;kernel;ptrace::traces_syscalls(Task*) 1
expr;kernel;syscall_entry 1
expr;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
expr;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
expr;vmlib;vmlib_site_dispatch 1
file;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
file;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
file;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
file;vmlib;vmlib::handle_syscall(tandem_regs&) 1
file;vmlib;vmlib_host_syscall 1
gcc;kernel;(anonymous namespace)::PipeEnd::~PipeEnd() 1
gcc;kernel;(anonymous namespace)::RegularFile::~RegularFile() 1
gcc;kernel;(anonymous namespace)::Tmpfs::lookup(Inode*, char const*, unsigned int, Inode**) 1
gcc;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 1
gcc;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 1
gcc;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
gcc;kernel;AddressSpace::copy_out(unsigned long, void const*, unsigned long) 1
gcc;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
gcc;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
gcc;kernel;WaitQueue::wake_all() 1
gcc;kernel;__copy_user 1
gcc;kernel;clock::monotonic_ns() 1
gcc;kernel;cmdline::strace() 1
gcc;kernel;context_switch 1
gcc;kernel;dcache::get(Dentry*) 1
gcc;kernel;dcache::put(Dentry*) 1
gcc;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 1
gcc;kernel;fpu::sync(Task*) 1
gcc;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
gcc;kernel;isr_stub_32 1
gcc;kernel;kfree(void*) 1
gcc;kernel;make_regular_file() 1
gcc;kernel;memcmp 1
gcc;kernel;pipe::create(File**, File**, unsigned int) 1
gcc;kernel;pmm::alloc_run(unsigned long) 1
gcc;kernel;pollwait::notify() 1
gcc;kernel;ptrace::traces_syscalls(Task*) 1
gcc;kernel;sched::PreemptGuard::~PreemptGuard() 1
gcc;kernel;sched::block_current() 1
gcc;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
gcc;kernel;sys_access(SyscallArgs&) 1
gcc;kernel;syscall_dispatch 1
gcc;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
gcc;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
gcc;kernel;vfs::remove(int, char const*, bool) 1
gcc;vmlib;tandem_x86_irq_deliverable 1
gcc;vmlib;trap_common 1
gcc;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
gcc;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
gcc;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
gcc;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
gcc;vmlib;vmlib::resume_user(tandem_regs&) 1
gcc;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
getconf;vmlib;vmlib_host_syscall 1
grep;kernel;AddressSpace::try_merge(Vma*) 1
grep;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
grep;kernel;FdTable::close(int) 1
grep;kernel;PageCache::find(unsigned long) const 1
grep;kernel;__copy_user 1
grep;kernel;itimer::expire(unsigned long) 1
grep;kernel;kstrlen(char const*) 1
grep;kernel;kvsnprintf(char*, unsigned long, char const*, __va_list_tag*) 1
grep;kernel;memcpy 1
grep;kernel;syscall_dispatch 1
grep;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
grep;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
grep;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
grep;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
grep;vmlib;vmlib::uo::reflect_ahead() 1
grep;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
grep;vmlib;vmlib_resume_kernel_asm 1
hostname;kernel;isr_stub_14 1
hostname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
hostname;vmlib;vmlib::uo::find_block(unsigned long) 1
ld;kernel;(anonymous namespace)::RegularFile::pread(void*, unsigned long, unsigned long) 1
ld;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
ld;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
ld;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 1
ld;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
ld;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
ld;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 1
ld;kernel;FdTable::close(int) 1
ld;kernel;FdTable::set_cloexec(int, bool) 1
ld;kernel;boot::info() 1
ld;kernel;cputime::tick(bool, bool, unsigned int) 1
ld;kernel;dcache::get(Dentry*) 1
ld;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
ld;kernel;inode::get_page(Inode*, unsigned long, long*) 1
ld;kernel;isr_stub_32 1
ld;kernel;kfree(void*) 1
ld;kernel;kmalloc(unsigned long) 1
ld;kernel;sched::need_resched() 1
ld;kernel;sys_mmap(SyscallArgs&) 1
ld;kernel;vfs::d_path(Path const&, char*, unsigned int) 1
ld;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
ld;kernel;vfs::open_path(Path const&, unsigned int, long*) 1
ld;vmlib;tandem_x86_virtual_flags 1
ld;vmlib;trap_return 1
ld;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
ld;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::emulate_invlpg(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::load_gs_base(unsigned long) 1
ld;vmlib;vmlib::read_reg(tandem_regs const&, unsigned char, unsigned char) 1
ld;vmlib;vmlib::uo::remove_block_at(unsigned int) 1
ln;kernel;isr_stub_14 1
ln;kernel;kfree(void*) 1
ln;vmlib;vmlib_resume_kernel_asm 1
ln;vmlib;vmlib_site_dispatch 1
ls;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
ls;kernel;memset 1
ls;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
ls;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
make;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
make;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
make;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
make;kernel;AddressSpace::populate(unsigned long) 1
make;kernel;PageCache::find(unsigned long) const 1
make;kernel;__copy_user 1
make;kernel;__strncpy_user 1
make;kernel;dcache::get(Dentry*) 1
make;kernel;fpu::handle_nm(TrapFrame*) 1
make;kernel;pmm::free_pages(unsigned long, unsigned long) 1
make;kernel;pmm::get(unsigned long) 1
make;kernel;pmm::take_run(unsigned long) 1
make;kernel;ptrace::traces_syscalls(Task*) 1
make;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
make;kernel;syscall_dispatch 1
make;kernel;trap_return 1
make;kernel;traps::exit_to_user(TrapFrame*) 1
make;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
make;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
make;vmlib;trap_return 1
make;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
make;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
make;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
make;vmlib;vmlib::resume_kernel(tandem_regs&) 1
make;vmlib;vmlib::site_handler(unsigned short) 1
make;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
make;vmlib;vmlib::uo::find_block(unsigned long) 1
make;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
make;vmlib;vmlib_resume_kernel_asm 1
mawk;kernel;isr_stub_14 1
mawk;kernel;memset 1
mawk;vmlib;__vmlib_site 1
mawk;vmlib;vmlib::handle_syscall(tandem_regs&) 1
mkdir;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
mkdir;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
mkdir;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
mkdir;kernel;futex::wake(unsigned long, bool, int, unsigned int) 1
mkdir;kernel;kfree(void*) 1
mkdir;kernel;pmm::put(unsigned long) 1
mkdir;kernel;pmm::take_run(unsigned long) 1
mkdir;kernel;sys_newfstatat(SyscallArgs&) 1
mkdir;kernel;syscall_dispatch 1
mkdir;kernel;trap_common 1
mkdir;vmlib;tandem_x86_irq_deliverable 1
mkdir;vmlib;vmlib::resume_kernel(tandem_regs&) 1
mkdir;vmlib;vmlib::uo::find_block(unsigned long) 1
mkdir;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
mkdir;vmlib;vmlib_site_dispatch 1
mktemp;user 1
mktemp;vmlib;vmlib::handle_syscall(tandem_regs&) 1
mktemp;vmproc;port i/o 1
msgfmt;kernel;FdTable::put() 1
msgfmt;kernel;isr_stub_14 1
msgfmt;kernel;memset 1
msgfmt;vmlib;vmlib::resume_kernel(tandem_regs&) 1
msgfmt;vmlib;vmlib::uo::find_block(unsigned long) 1
msgfmt;vmlib;vmlib_resume_kernel_asm 1
msgfmt;vmlib;vmlib_site_dispatch 1
msgfmt;vmproc;port i/o 1
msgmerge;kernel;(anonymous namespace)::RegularFile::~RegularFile() 1
msgmerge;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
msgmerge;kernel;memcpy 1
msgmerge;kernel;syscall_entry 1
msgmerge;vmlib;vmlib::find_site(unsigned long) 1
msgmerge;vmlib;vmlib::handle_syscall(tandem_regs&) 1
msgmerge;vmlib;vmlib::uo::reflect_ahead() 1
msgmerge;vmproc;port i/o 1
mt;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
mt;vmlib;vmlib_host_syscall 1
mv;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 1
mv;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
mv;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
mv;kernel;__copy_user 1
mv;kernel;dcache::put(Dentry*) 1
mv;kernel;kmalloc(unsigned long) 1
mv;kernel;pmm::alloc_pages(unsigned long) 1
mv;kernel;pmm::info(unsigned long) 1
mv;kernel;sched::need_resched() 1
mv;kernel;trap_common 1
mv;kernel;trap_dispatch 1
mv;kernel;trap_return 1
mv;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
mv;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
mv;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
mv;vmlib;trap_return 1
mv;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
mv;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
mv;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
mv;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
mv;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
nm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
nm;kernel;PageCache::find(unsigned long) const 1
nm;kernel;__strncpy_user 1
nm;kernel;syscall_entry 1
nm;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
nm;vmlib;vmlib::find_site(unsigned long) 1
nm;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
nm;vmproc;port i/o 1
objdump;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
objdump;vmproc;port i/o 1
od;kernel;isr_stub_14 1
od;user 1
od;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
ranlib;kernel;PageCache::find(unsigned long) const 1
ranlib;kernel;pmm::put(unsigned long) 1
ranlib;kernel;pmm::take_run(unsigned long) 1
ranlib;vmlib;syscall_entry 1
ranlib;vmlib;vmlib::resume_kernel(tandem_regs&) 1
ranlib;vmlib;vmlib::uo::reflect_ahead() 1
ranlib;vmlib;vmlib_site_dispatch 1
rm;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 1
rm;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
rm;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
rm;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
rm;kernel;AddressSpace::find(unsigned long) 1
rm;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
rm;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 1
rm;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
rm;kernel;FdTable::put() 1
rm;kernel;cmdline::strace() 1
rm;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
rm;kernel;inode::put(Inode*) 1
rm;kernel;isr_stub_32 1
rm;kernel;itimer::expire(unsigned long) 1
rm;kernel;kmalloc(unsigned long) 1
rm;kernel;kstrlen(char const*) 1
rm;kernel;mounts::on(Mount*, Dentry*) 1
rm;kernel;signal::pending_work(Task*) 1
rm;kernel;sys_exit_group(SyscallArgs&) 1
rm;kernel;sys_lseek(SyscallArgs&) 1
rm;kernel;sys_mprotect(SyscallArgs&) 1
rm;kernel;sys_openat(SyscallArgs&) 1
rm;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
rm;kernel;vfs::open_path(Path const&, unsigned int, long*) 1
rm;kernel;vfs::remove(int, char const*, bool) 1
rm;kernel;vmm::flush_page(unsigned long, unsigned long) 1
rm;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
rm;vmlib;syscall_entry 1
rm;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
rm;vmlib;vmlib::resume(tandem_regs&) 1
rm;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
rm;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
rm;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
rm;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
rm;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
rmdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
rmdir;vmlib;vmlib_site_dispatch 1
sed;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
sed;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
sed;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
sed;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
sed;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
sed;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
sed;kernel;FdTable::put() 1
sed;kernel;WaitQueue::wake_all() 1
sed;kernel;__strncpy_user 1
sed;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
sed;kernel;cmdline::strace() 1
sed;kernel;inode::get_page(Inode*, unsigned long, long*) 1
sed;kernel;kstrlen(char const*) 1
sed;kernel;pmm::free_pages(unsigned long, unsigned long) 1
sed;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
sed;kernel;sys_access(SyscallArgs&) 1
sed;kernel;sys_getrandom(SyscallArgs&) 1
sed;kernel;sys_mmap(SyscallArgs&) 1
sed;kernel;sys_newfstatat(SyscallArgs&) 1
sed;kernel;sys_read(SyscallArgs&) 1
sed;kernel;trap_common 1
sed;kernel;trap_dispatch 1
sed;kernel;trap_return 1
sed;kernel;traps::exit_to_user(TrapFrame*) 1
sed;kernel;traps::handle_page_fault(TrapFrame*) 1
sed;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
sed;vmlib;trap_common 1
sed;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
sed;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
sed;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
sed;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
sed;vmlib;vmlib::resume(tandem_regs&) 1
sed;vmlib;vmlib::resume_user(tandem_regs&) 1
sed;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
sed;vmlib;vmlib::uo::forget_page(unsigned long) 1
sed;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
sh;kernel;context_switch 1
sh;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 1
sh;kernel;isr_stub_14 1
sh;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
sh;kernel;pmm::put(unsigned long) 1
sh;kernel;ptrace::find_report(Process*, long, bool*) 1
sh;kernel;sched::schedule() 1
sh;kernel;sys_vfork(SyscallArgs&) 1
sh;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
sh;vmlib;vmlib::resume_kernel(tandem_regs&) 1
sh;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
sh;vmlib;vmlib::uo::disarm_timer() 1
sh;vmlib;vmlib::uo::flush_user_window() 1
sh;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
sh;vmlib;vmlib_resume_kernel_asm 1
sh;vmlib;vmlib_site_dispatch 1
sleep;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
sleep;user 1
sleep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
sort;vmlib;vmlib::handle_syscall(tandem_regs&) 1
sort;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
strip;vmlib;vmlib_host_syscall 1
touch;user 1
touch;vmlib;vmlib_host_syscall 1
tr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
true;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
uname;kernel;AddressSpace::split(Vma*, unsigned long) 1
uname;kernel;PageCache::find(unsigned long) const 1
uname;kernel;isr_stub_14 1
uname;kernel;syscall_entry 1
uname;vmlib;vmlib::find_site(unsigned long) 1
uname;vmlib;vmlib::resume_kernel(tandem_regs&) 1
uname;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
uniq;user 1
uniq;vmlib;vmlib_host_syscall 1
xgettext;kernel;(anonymous namespace)::Devfs::open_special(Inode*, unsigned int, long*) 1
xgettext;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
xgettext;kernel;isr_stub_14 1
xgettext;kernel;signal::pending_work(Task*) 1
xgettext;vmlib;vmlib::find_site(unsigned long) 1
xgettext;vmlib;vmlib::handle_syscall(tandem_regs&) 1
xgettext;vmlib;vmlib_site_dispatch 1
