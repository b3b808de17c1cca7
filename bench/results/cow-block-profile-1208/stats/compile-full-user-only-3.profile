cc1;user 24287
bash;vmlib;vmlib_host_syscall 3188
bash;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2707
cc1;vmlib;vmlib_host_syscall 2028
[no program];vmlib;vmlib_host_syscall 1792
bash;user 1706
ld;user 1425
as;user 1056
cc1;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 627
cc1;vmlib;vmlib::handle_syscall(tandem_regs&) 547
bash;vmproc;port i/o 494
sed;user 433
as;vmlib;vmlib_host_syscall 418
ld;vmlib;vmlib_host_syscall 397
sed;vmlib;vmlib_host_syscall 390
bash;vmlib;vmlib::handle_syscall(tandem_regs&) 385
cc1;kernel;memset 346
bash;kernel;memcpy 314
rm;user 313
ld;vmlib;vmlib::handle_syscall(tandem_regs&) 293
gcc;user 278
rm;vmlib;vmlib_host_syscall 276
bash;kernel;pmm::put(unsigned long) 260
gcc;vmlib;vmlib_host_syscall 230
ld;vmproc;port i/o 217
bash;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 208
as;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 201
cc1;kernel;syscall_entry 186
cat;vmlib;vmlib_host_syscall 180
sed;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 176
bash;kernel;syscall_entry 165
as;vmproc;port i/o 164
cc1;vmlib;vmlib_site_dispatch 156
bash;vmlib;vmlib_site_dispatch 153
bash;vmlib;vmlib::uo::flush_user_window() 151
cat;user 144
rm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 129
cc1;vmproc;port i/o 125
sh;vmlib;vmlib_host_syscall 124
rm;vmproc;port i/o 119
cc1;kernel;isr_stub_14 114
ld;kernel;syscall_entry 112
cc1;vmlib;vmlib::find_site(unsigned long) 110
[no program];kernel;pmm::put(unsigned long) 109
mv;vmlib;vmlib_host_syscall 109
[no program];vmlib;vmlib_site_dispatch 106
cc1;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 101
ld;kernel;memset 92
bash;vmlib;vmlib::find_site(unsigned long) 88
mv;user 86
ld;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 83
bash;kernel;memset 82
bash;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 74
bash;kernel;isr_stub_14 73
gcc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 73
bash;kernel;pmm::get(unsigned long) 71
gcc;vmlib;vmlib::handle_syscall(tandem_regs&) 69
sed;vmlib;vmlib::handle_syscall(tandem_regs&) 69
collect2;vmlib;vmlib_host_syscall 67
cat;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 66
ar;vmlib;vmlib_host_syscall 64
mv;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 64
as;vmlib;vmlib::handle_syscall(tandem_regs&) 61
bash;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 59
[no program];kernel;vmm::(anonymous namespace)::free_table(unsigned long, int) 58
bash;kernel;vmm::walk(unsigned long, unsigned long, bool) 58
ar;vmproc;port i/o 57
mv;vmproc;port i/o 57
cc1;kernel;pmm::get(unsigned long) 56
grep;vmlib;vmlib_host_syscall 55
cc1;kernel;PageCache::find(unsigned long) const 54
cc1;vmlib;vmlib::resume_kernel(tandem_regs&) 52
bash;vmlib;vmlib::resume_kernel(tandem_regs&) 51
bash;vmlib;__vmlib_site 50
make;user 49
ar;user 48
as;kernel;memset 46
cc1;vmlib;__vmlib_site 45
ld;vmlib;vmlib_site_dispatch 44
cc1;vmlib;vmlib_resume_kernel_asm 43
bash;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 42
collect2;user 42
grep;user 42
cc1;kernel;pmm::take_run(unsigned long) 41
ar;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 40
cc1;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 40
cc1;vmlib;vmlib::uo::find_block(unsigned long) 40
make;vmlib;vmlib::handle_syscall(tandem_regs&) 39
mkdir;vmlib;vmlib_host_syscall 39
[no program];vmlib;vmlib::find_site(unsigned long) 38
cc1;kernel;dcache::find(Dentry*, char const*, unsigned int) 38
rm;vmlib;vmlib::handle_syscall(tandem_regs&) 37
[no program];vmlib;vmlib::resume_kernel(tandem_regs&) 36
bash;vmlib;vmlib_resume_kernel_asm 36
gcc;vmproc;port i/o 36
bash;kernel;AddressSpace::clone_cow() 34
bash;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 34
make;vmlib;vmlib_host_syscall 34
cc1;vmlib;vmlib::uo::reflect_ahead() 32
ld;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 32
[no program];vmlib;__vmlib_site 29
cc1;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 29
sed;vmlib;vmlib_site_dispatch 29
[no program];vmlib;vmlib_resume_kernel_asm 28
bash;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 28
ld;vmlib;vmlib::find_site(unsigned long) 28
bash;vmlib;vmlib::uo::find_block(unsigned long) 27
bash;vmlib;vmlib::uo::reflect_ahead() 27
cat;vmproc;port i/o 27
cc1;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 27
grep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 27
make;vmproc;port i/o 27
mkdir;user 27
mv;vmlib;vmlib::handle_syscall(tandem_regs&) 26
[no program];kernel;vmm::destroy_root(unsigned long) 25
gcc;kernel;memset 25
cc1;kernel;vmm::walk(unsigned long, unsigned long, bool) 24
gcc;kernel;syscall_entry 24
rm;kernel;syscall_entry 24
sed;kernel;isr_stub_14 24
gcc;vmlib;vmlib_site_dispatch 23
ld;vmlib;__vmlib_site 23
as;kernel;isr_stub_14 22
bash;vmlib;vmlib::uo::page_now(unsigned long) 22
ranlib;vmlib;vmlib_host_syscall 22
bash;kernel;pmm::take_run(unsigned long) 21
cc1;kernel;__copy_user 21
collect2;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 21
mkdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 21
nm;vmlib;vmlib_host_syscall 21
sed;kernel;syscall_entry 21
cat;vmlib;vmlib::handle_syscall(tandem_regs&) 20
cc1;kernel;isr_stub_32 20
bash;kernel;traps::handle_page_fault(TrapFrame*) 19
bash;vmlib;vmlib::uo::flush_user_page(unsigned long) 19
cc1;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 19
ld;kernel;isr_stub_14 19
bash;kernel;kmalloc(unsigned long) 18
cc1;kernel;__strncpy_user 18
collect2;vmlib;vmlib::handle_syscall(tandem_regs&) 18
dirname;vmlib;vmlib_host_syscall 18
as;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 17
bash;kernel;__copy_user 17
cc1;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 17
mawk;user 17
as;vmlib;vmlib_site_dispatch 16
bash;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 16
cc1;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 16
cc1;kernel;pmm::alloc_pages(unsigned long) 16
make;kernel;syscall_entry 16
mkdir;vmproc;port i/o 16
rm;kernel;isr_stub_14 16
rm;vmlib;vmlib_site_dispatch 16
sed;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 16
bash;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 15
cc1;kernel;mounts::on(Mount*, Dentry*) 15
collect2;vmproc;port i/o 15
grep;vmlib;vmlib::handle_syscall(tandem_regs&) 15
ld;kernel;__copy_user 15
rm;vmlib;vmlib::find_site(unsigned long) 15
[no program];kernel;AddressSpace::write_back(unsigned long, unsigned long) 14
bash;kernel;PageCache::find(unsigned long) const 14
cc1;kernel;signal::pending_work(Task*) 14
ranlib;user 14
sed;vmlib;vmlib::find_site(unsigned long) 14
[no program];vmlib;vmlib::deliver_pending_irq(tandem_regs&) 13
bash;kernel;syscall_dispatch 13
bash;kernel;trap_dispatch 13
cc1;kernel;(anonymous namespace)::do_readlink(unsigned long, unsigned long, unsigned long, unsigned long) 13
cc1;kernel;itimer::expire(unsigned long) 13
cc1;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 13
cc1;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 13
ld;vmlib;vmlib::resume_kernel(tandem_regs&) 13
nm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 13
uname;vmlib;vmlib_host_syscall 13
xgettext;vmproc;port i/o 13
bash;kernel;signal::pending_work(Task*) 12
cc1;kernel;kmalloc(unsigned long) 12
expr;user 12
gcc;kernel;memcpy 12
gcc;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 12
ld;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 12
ln;vmproc;port i/o 12
msgfmt;vmlib;vmlib_host_syscall 12
mv;vmlib;vmlib::find_site(unsigned long) 12
nm;user 12
sed;vmlib;vmlib::resume_kernel(tandem_regs&) 12
as;kernel;memcpy 11
bash;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 11
cc1;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 11
cc1;vmlib;vmlib::enter_user_direct(tandem_regs&) 11
cc1;vmlib;vmlib::site_handler(unsigned short) 11
msgfmt;user 11
ar;kernel;memcpy 10
as;kernel;syscall_entry 10
as;vmlib;vmlib::uo::reflect_ahead() 10
basename;user 10
bash;kernel;pmm::refcount(unsigned long) 10
cc1;kernel;memcmp 10
cc1;kernel;syscall_dispatch 10
cc1;kernel;traps::handle_page_fault(TrapFrame*) 10
dirname;user 10
gcc;vmlib;vmlib::find_site(unsigned long) 10
gcc;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 10
ld;kernel;vmm::walk(unsigned long, unsigned long, bool) 10
ln;user 10
ln;vmlib;vmlib_host_syscall 10
rm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 10
sed;kernel;PageCache::find(unsigned long) const 10
sed;kernel;memcpy 10
sed;vmlib;vmlib::uo::reflect_ahead() 10
xgettext;vmlib;vmlib_host_syscall 10
as;vmlib;vmlib::uo::find_block(unsigned long) 9
bash;kernel;FdTable::clone() 9
bash;kernel;FdTable::put() 9
bash;kernel;dcache::find(Dentry*, char const*, unsigned int) 9
bash;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 9
cat;kernel;syscall_entry 9
cc1;kernel;ptrace::traces_syscalls(Task*) 9
collect2;vmlib;vmlib_site_dispatch 9
gcc;vmlib;vmlib::resume_kernel(tandem_regs&) 9
ld;kernel;syscall_dispatch 9
ld;vmlib;vmlib::uo::find_block(unsigned long) 9
mv;vmlib;vmlib_site_dispatch 9
sed;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 9
sed;vmproc;port i/o 9
sh;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 9
[no program];kernel;program_names::forget(unsigned long) 8
[no program];vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 8
ar;vmlib;vmlib::handle_syscall(tandem_regs&) 8
as;vmlib;__vmlib_site 8
as;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 8
bash;kernel;kstrlen(char const*) 8
bash;kernel;trap_return 8
bash;vmlib;vmlib::resume(tandem_regs&) 8
cat;kernel;isr_stub_14 8
cc1;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 8
cc1;kernel;kfree(void*) 8
cc1;kernel;pmm::free_pages(unsigned long, unsigned long) 8
cc1;vmlib;vmlib::resume(tandem_regs&) 8
cc1;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 8
expr;vmlib;vmlib_host_syscall 8
gcc;kernel;isr_stub_14 8
gcc;vmlib;__vmlib_site 8
ld;vmlib;vmlib::uo::reflect_ahead() 8
sed;kernel;memset 8
sed;vmlib;vmlib_resume_kernel_asm 8
[no program];vmproc;port i/o 7
as;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 7
bash;kernel;AddressSpace::populate(unsigned long) 7
bash;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 7
bash;kernel;ptrace::traces_syscalls(Task*) 7
cat;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 7
cat;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 7
cc1;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 7
cc1;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 7
cc1;kernel;trap_dispatch 7
cc1;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 7
cc;vmlib;vmlib_host_syscall 7
gcc;kernel;vmm::walk(unsigned long, unsigned long, bool) 7
gcc;vmlib;vmlib::uo::reflect_ahead() 7
ld;vmlib;vmlib_resume_kernel_asm 7
mawk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
msgmerge;user 7
mv;kernel;syscall_entry 7
ranlib;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
sh;vmproc;port i/o 7
xgettext;user 7
bash;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 6
bash;kernel;sched::schedule() 6
cat;kernel;memset 6
cat;vmlib;vmlib::find_site(unsigned long) 6
cc1;kernel;pmm::alloc_run(unsigned long) 6
cc1;kernel;pmm::info(unsigned long) 6
cc1;kernel;trap_return 6
cc1;kernel;traps::exit_to_user(TrapFrame*) 6
cc1;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 6
cc1;vmlib;vmlib::resume_user(tandem_regs&) 6
conftest;user 6
conftest;vmproc;port i/o 6
gcc;kernel;dcache::find(Dentry*, char const*, unsigned int) 6
gcc;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 6
gcc;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 6
grep;vmproc;port i/o 6
ld;kernel;signal::pending_work(Task*) 6
ld;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 6
ln;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
make;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
mawk;vmlib;vmlib_host_syscall 6
mv;kernel;isr_stub_14 6
ranlib;vmproc;port i/o 6
rm;kernel;PageCache::find(unsigned long) const 6
rm;kernel;memcpy 6
rm;vmlib;__vmlib_site 6
rm;vmlib;vmlib::uo::find_block(unsigned long) 6
rmdir;user 6
sed;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 6
sh;kernel;sched::schedule() 6
uname;user 6
[no program];kernel;inode::put(Inode*) 5
[no program];kernel;pollwait::notify() 5
[no program];vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 5
[no program];vmlib;vmlib::resume(tandem_regs&) 5
[no program];vmlib;vmlib_space_resume 5
as;kernel;pmm::put(unsigned long) 5
as;kernel;vmm::walk(unsigned long, unsigned long, bool) 5
as;vmlib;vmlib::find_site(unsigned long) 5
as;vmlib;vmlib::resume_kernel(tandem_regs&) 5
basename;vmlib;vmlib_host_syscall 5
bash;kernel;isr_stub_32 5
bash;kernel;traps::exit_to_user(TrapFrame*) 5
bash;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 5
bash;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 5
bash;vmlib;trap_return 5
bash;vmlib;vmlib::site_handler(unsigned short) 5
cat;kernel;pmm::get(unsigned long) 5
cc1;kernel;memcpy 5
cc1;kernel;pmm::alloc_page() 5
cc1;kernel;pmm::put(unsigned long) 5
cc1;kernel;ptrace::trap_pending(Task*) 5
cc1;vmlib;trap_return 5
cc1;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 5
chmod;user 5
collect2;kernel;syscall_entry 5
gcc;kernel;AddressSpace::populate(unsigned long) 5
gcc;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 5
hostname;vmlib;vmlib_host_syscall 5
ld;kernel;PageCache::find(unsigned long) const 5
ld;kernel;pmm::put(unsigned long) 5
ld;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 5
msgmerge;vmlib;vmlib_host_syscall 5
mv;vmlib;vmlib::uo::reflect_ahead() 5
rm;vmlib;vmlib::uo::reflect_ahead() 5
sed;kernel;dcache::find(Dentry*, char const*, unsigned int) 5
sed;vmlib;__vmlib_site 5
sh;vmlib;vmlib_site_dispatch 5
sort;vmlib;vmlib_host_syscall 5
[no program];kernel;pmm::(anonymous namespace)::note_word(unsigned long) 4
[no program];vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 4
ar;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
ar;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 4
as;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 4
as;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
as;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 4
as;kernel;__copy_user 4
as;kernel;pmm::get(unsigned long) 4
as;kernel;traps::handle_page_fault(TrapFrame*) 4
as;vmlib;vmlib::site_handler(unsigned short) 4
as;vmlib;vmlib_resume_kernel_asm 4
awk;vmlib;vmlib_host_syscall 4
bash;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 4
bash;kernel;FdTable::close(int) 4
bash;kernel;__strncpy_user 4
bash;kernel;context_switch 4
bash;kernel;fpu::handle_nm(TrapFrame*) 4
bash;vmlib;tandem_x86_irq_deliverable 4
bash;vmlib;vmlib::enter_user_direct(tandem_regs&) 4
bash;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 4
cat;kernel;PageCache::find(unsigned long) const 4
cat;vmlib;vmlib_site_dispatch 4
cc1;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 4
cc1;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 4
cc1;kernel;strncpy_from_user(char*, char const*, unsigned long) 4
cc1;vmlib;trap_common 4
cc1;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 4
cc1;vmlib;vmlib::uo::page_now(unsigned long) 4
conftest;vmlib;vmlib::handle_syscall(tandem_regs&) 4
conftest;vmlib;vmlib_host_syscall 4
diff;user 4
gcc;kernel;pmm::put(unsigned long) 4
gcc;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 4
grep;kernel;memset 4
ld;kernel;ptrace::traces_syscalls(Task*) 4
ld;kernel;trap_return 4
ld;kernel;traps::handle_page_fault(TrapFrame*) 4
ld;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 4
ld;vmlib;vmlib::enter_user_direct(tandem_regs&) 4
ld;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 4
ls;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
make;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 4
make;vmlib;vmlib_site_dispatch 4
mawk;vmproc;port i/o 4
mktemp;vmproc;port i/o 4
mv;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 4
mv;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 4
nm;kernel;isr_stub_14 4
nm;kernel;memcpy 4
objdump;vmlib;vmlib_host_syscall 4
rm;kernel;vmm::walk(unsigned long, unsigned long, bool) 4
rm;vmlib;vmlib::resume_kernel(tandem_regs&) 4
rm;vmlib;vmlib_resume_kernel_asm 4
rmdir;vmproc;port i/o 4
sed;kernel;kfree(void*) 4
sed;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 4
sh;user 4
sh;vmlib;vmlib::find_site(unsigned long) 4
sort;user 4
xgettext;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
[no program];kernel;AddressSpace::put() 3
[no program];kernel;WaitQueue::wake_all() 3
[no program];kernel;exec::execute(ExecRequest const&, char const**) 3
[no program];kernel;kfree(void*) 3
[no program];kernel;sched::PreemptGuard::PreemptGuard() 3
[no program];vmlib;tandem_x86_irq_deliverable 3
as;kernel;PageCache::find(unsigned long) const 3
as;vmlib;tandem_x86_irq_deliverable 3
as;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 3
awk;user 3
bash;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 3
bash;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 3
bash;kernel;FdTable::get_file(int) 3
bash;kernel;exec::execute(ExecRequest const&, char const**) 3
bash;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 3
bash;kernel;inode::get(Inode*) 3
bash;kernel;kfree(void*) 3
bash;kernel;pmm::alloc_run(unsigned long) 3
bash;kernel;proc::clone(CloneRequest const&, TrapFrame*) 3
bash;kernel;proc::release_zombie(Process*) 3
bash;kernel;program_names::set(unsigned long, char const*) 3
bash;kernel;sys_ioctl(SyscallArgs&) 3
bash;kernel;trap_common 3
bash;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 3
bash;vmlib;syscall_entry 3
bash;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 3
bash;vmlib;vmlib::resume_user(tandem_regs&) 3
bash;vmlib;vmlib_space_resume 3
cat;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 3
cat;vmlib;__vmlib_site 3
cat;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 3
cat;vmlib;vmlib::uo::reflect_ahead() 3
cat;vmlib;vmlib_resume_kernel_asm 3
cc1;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 3
cc1;kernel;cmdline::strace() 3
cc1;kernel;cputime::tick(bool, bool, unsigned int) 3
cc1;kernel;sched::need_resched() 3
cc1;vmlib;tandem_x86_irq_deliverable 3
cc1;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 3
cc1;vmlib;vmlib::uo::flush_user_window() 3
cc1;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 3
collect2;kernel;dcache::find(Dentry*, char const*, unsigned int) 3
collect2;kernel;memset 3
gcc;kernel;sys_newfstatat(SyscallArgs&) 3
gcc;vmlib;vmlib_resume_kernel_asm 3
gcc;vmlib;vmlib_space_resume 3
grep;vmlib;vmlib::find_site(unsigned long) 3
ld;kernel;AddressSpace::set_brk(unsigned long) 3
ld;kernel;FdTable::get_file(int) 3
ld;kernel;dcache::find(Dentry*, char const*, unsigned int) 3
ld;kernel;kmalloc(unsigned long) 3
ld;kernel;pmm::get(unsigned long) 3
ld;kernel;pmm::take_run(unsigned long) 3
ld;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 3
ld;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 3
ld;vmlib;vmlib::uo::flush_user_window() 3
ls;vmlib;vmlib_host_syscall 3
make;vmlib;__vmlib_site 3
make;vmlib;vmlib_resume_kernel_asm 3
mkdir;kernel;isr_stub_14 3
mkdir;vmlib;vmlib::handle_syscall(tandem_regs&) 3
mktemp;user 3
mv;kernel;__strncpy_user 3
mv;kernel;kstrlen(char const*) 3
mv;vmlib;__vmlib_site 3
mv;vmlib;vmlib::resume_kernel(tandem_regs&) 3
nm;vmlib;vmlib::handle_syscall(tandem_regs&) 3
nm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 3
ranlib;kernel;isr_stub_14 3
ranlib;vmlib;vmlib::handle_syscall(tandem_regs&) 3
ranlib;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 3
rm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
rm;kernel;pmm::get(unsigned long) 3
rmdir;vmlib;vmlib_host_syscall 3
sed;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 3
sed;vmlib;vmlib::uo::find_block(unsigned long) 3
sed;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 3
sh;kernel;context_switch 3
sort;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
uname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
[no program];kernel;dcache::put(Dentry*) 2
[no program];kernel;ptrace::release_tracees(Process*) 2
[no program];kernel;signal::(anonymous namespace)::post_process(Process*, int, signal::SigSource const&, bool) 2
[no program];kernel;signal::reset_on_exec(Process*) 2
[no program];vmlib;vmlib::site_handler(unsigned short) 2
[no program];vmlib;vmlib_space_hand_off 2
ar;kernel;pmm::put(unsigned long) 2
ar;kernel;traps::handle_page_fault(TrapFrame*) 2
ar;vmlib;__vmlib_site 2
ar;vmlib;vmlib::find_site(unsigned long) 2
arch;vmlib;vmlib_host_syscall 2
as;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 2
as;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 2
as;kernel;itimer::expire(unsigned long) 2
as;kernel;pmm::take_run(unsigned long) 2
as;kernel;syscall_dispatch 2
as;kernel;traps::exit_to_user(TrapFrame*) 2
as;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 2
as;vmlib;trap_return 2
as;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 2
basename;vmlib;vmlib::handle_syscall(tandem_regs&) 2
bash;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
bash;kernel;cmdline::strace() 2
bash;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 2
bash;kernel;entropy::fill(void*, unsigned long) 2
bash;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 2
bash;kernel;inode::fill_stat(Inode const*, LinuxStat*) 2
bash;kernel;itimer::expire(unsigned long) 2
bash;kernel;pipe::create(File**, File**, unsigned int) 2
bash;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 2
bash;kernel;pmm::alloc_page() 2
bash;kernel;pmm::info(unsigned long) 2
bash;kernel;pty::inherit_ctty(Process*, Process const*) 2
bash;kernel;sched::PreemptGuard::PreemptGuard() 2
bash;kernel;signal::handle_pending(TrapFrame*) 2
bash;kernel;sys_rt_sigaction(SyscallArgs&) 2
bash;kernel;sys_rt_sigprocmask(SyscallArgs&) 2
bash;vmlib;trap_common 2
bash;vmlib;vmlib::operand_address(tandem_site const&, tandem_regs const&) 2
bash;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 2
cat;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 2
cat;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
cat;kernel;dcache::find(Dentry*, char const*, unsigned int) 2
cat;kernel;signal::pending_work(Task*) 2
cat;kernel;vmm::walk(unsigned long, unsigned long, bool) 2
cat;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
cat;vmlib;vmlib::resume_kernel(tandem_regs&) 2
cat;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
cc1;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 2
cc1;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
cc1;kernel;AddressSpace::set_brk(unsigned long) 2
cc1;kernel;FdTable::get_file(int) 2
cc1;kernel;boot::info() 2
cc1;kernel;dcache::put(Dentry*) 2
cc1;kernel;kstrlen(char const*) 2
cc1;kernel;pmm::free_count() 2
cc1;kernel;sys_read(SyscallArgs&) 2
cc1;kernel;trap_common 2
cc1;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 2
cc1;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
cc;user 2
cc;vmproc;port i/o 2
chmod;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
chmod;vmlib;vmlib_host_syscall 2
chmod;vmproc;port i/o 2
collect2;kernel;isr_stub_14 2
collect2;kernel;kstrlen(char const*) 2
collect2;kernel;memcmp 2
collect2;kernel;pmm::get(unsigned long) 2
collect2;kernel;syscall_dispatch 2
collect2;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 2
collect2;vmlib;vmlib_resume_kernel_asm 2
conftest;kernel;syscall_entry 2
conftest;vmlib;vmlib::find_site(unsigned long) 2
cp;user 2
cp;vmproc;port i/o 2
date;user 2
date;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
dirname;kernel;isr_stub_14 2
dirname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
expr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
file;vmlib;vmlib_host_syscall 2
gcc;kernel;PageCache::find(unsigned long) const 2
gcc;kernel;__strncpy_user 2
gcc;kernel;cmdline::strace() 2
gcc;kernel;dcache::put(Dentry*) 2
gcc;kernel;exec::execute(ExecRequest const&, char const**) 2
gcc;kernel;kfree(void*) 2
gcc;kernel;mounts::on(Mount*, Dentry*) 2
gcc;kernel;pmm::alloc_run(unsigned long) 2
gcc;kernel;pmm::get(unsigned long) 2
gcc;kernel;pmm::take_run(unsigned long) 2
gcc;kernel;proc::clone(CloneRequest const&, TrapFrame*) 2
gcc;kernel;trap_return 2
gcc;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 2
gcc;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
gcc;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
gcc;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
grep;kernel;PageCache::find(unsigned long) const 2
grep;kernel;isr_stub_14 2
grep;kernel;syscall_entry 2
grep;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
grep;vmlib;vmlib_resume_kernel_asm 2
grep;vmlib;vmlib_site_dispatch 2
hostname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
ld;kernel;AddressSpace::discard(unsigned long, unsigned long) 2
ld;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
ld;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
ld;kernel;AddressSpace::write_back(unsigned long, unsigned long) 2
ld;kernel;FdTable::close(int) 2
ld;kernel;cmdline::strace() 2
ld;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 2
ld;kernel;memcpy 2
ld;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 2
ld;vmlib;tandem_x86_irq_deliverable 2
ld;vmlib;trap_return 2
ld;vmlib;vmlib::site_handler(unsigned short) 2
ld;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
ld;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 2
ln;vmlib;vmlib::handle_syscall(tandem_regs&) 2
ls;user 2
make;kernel;AddressSpace::copy_out(unsigned long, void const*, unsigned long) 2
make;kernel;AddressSpace::populate(unsigned long) 2
make;kernel;memset 2
make;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
make;vmlib;vmlib::find_site(unsigned long) 2
mawk;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 2
mawk;vmlib;vmlib_site_dispatch 2
mkdir;kernel;syscall_entry 2
mkdir;vmlib;vmlib::find_site(unsigned long) 2
mkdir;vmlib;vmlib_site_dispatch 2
msgfmt;vmlib;vmlib::handle_syscall(tandem_regs&) 2
mv;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 2
mv;kernel;PageCache::find(unsigned long) const 2
mv;kernel;dcache::find(Dentry*, char const*, unsigned int) 2
mv;kernel;kmalloc(unsigned long) 2
mv;kernel;pmm::get(unsigned long) 2
mv;kernel;trap_dispatch 2
mv;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 2
mv;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
mv;vmlib;vmlib_resume_kernel_asm 2
nm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
ranlib;kernel;memcpy 2
rm;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 2
rm;kernel;kfree(void*) 2
rm;kernel;memset 2
rm;kernel;pmm::put(unsigned long) 2
rm;kernel;syscall_dispatch 2
rm;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
rm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 2
sed;kernel;AddressSpace::discard(unsigned long, unsigned long) 2
sed;kernel;__copy_user 2
sed;kernel;__strncpy_user 2
sed;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 2
sed;kernel;kmalloc(unsigned long) 2
sed;kernel;kstrlen(char const*) 2
sed;kernel;pmm::get(unsigned long) 2
sed;kernel;trap_common 2
sed;kernel;trap_dispatch 2
sed;kernel;vmm::walk(unsigned long, unsigned long, bool) 2
sed;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
sed;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
sed;vmlib;vmlib::exit_to_host(tandem_exit_reason) 2
sed;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
sed;vmlib;vmlib::uo::flush_user_page(unsigned long) 2
sh;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 2
sh;kernel;isr_stub_14 2
sh;kernel;kfree(void*) 2
sh;kernel;memset 2
sh;kernel;pmm::free_pages(unsigned long, unsigned long) 2
sh;vmlib;vmlib::handle_syscall(tandem_regs&) 2
sh;vmlib;vmlib_space_resume 2
sleep;user 2
tr;user 2
[no program];kernel;FdTable::close_on_exec() 1
[no program];kernel;fpu::release(Task*) 1
[no program];kernel;memcpy 1
[no program];kernel;pmm::info(unsigned long) 1
[no program];kernel;proc::announce_exit(Process*) 1
[no program];kernel;proc::exit_thread(int) 1
[no program];kernel;proc::release_vfork(Task*) 1
[no program];kernel;program_names::set(unsigned long, char const*) 1
[no program];kernel;sched::wake(Task*) 1
[no program];kernel;signal::send_process(Process*, int, signal::SigSource const&) 1
[no program];vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
[no program];vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
[no program];vmlib;vmlib::emulate_wrmsr(tandem_site const&, tandem_regs&) 1
[no program];vmlib;vmlib::load_fs_base(unsigned long) 1
[no program];vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
ar;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
ar;kernel;PageCache::insert(unsigned long, unsigned long) 1
ar;kernel;__strncpy_user 1
ar;kernel;inode::get_page(Inode*, unsigned long, long*) 1
ar;kernel;isr_stub_14 1
ar;kernel;memset 1
ar;kernel;pmm::take_run(unsigned long) 1
ar;kernel;ptrace::traces_syscalls(Task*) 1
ar;kernel;syscall_dispatch 1
ar;kernel;syscall_entry 1
ar;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
ar;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
ar;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
ar;vmlib;vmlib::uo::reflect_ahead() 1
arch;user 1
arch;vmlib;vmlib::handle_syscall(tandem_regs&) 1
as;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
as;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
as;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
as;kernel;AddressSpace::range_free(unsigned long, unsigned long) 1
as;kernel;AddressSpace::set_brk(unsigned long) 1
as;kernel;FdTable::get_file(int) 1
as;kernel;FdTable::put() 1
as;kernel;cmdline::strace() 1
as;kernel;dcache::put(Dentry*) 1
as;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
as;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 1
as;kernel;make_regular_file() 1
as;kernel;pmm::refcount(unsigned long) 1
as;kernel;ptrace::traces_syscalls(Task*) 1
as;kernel;signal::pending_work(Task*) 1
as;kernel;sys_read(SyscallArgs&) 1
as;kernel;trap_dispatch 1
as;kernel;trap_return 1
as;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
as;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
as;vmlib;trap_common 1
as;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
as;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
as;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
as;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
as;vmlib;vmlib::resume(tandem_regs&) 1
as;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
as;vmlib;vmlib::uo::key_is_sound(unsigned long) 1
as;vmlib;vmlib::uo::page_now(unsigned long) 1
as;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
awk;kernel;syscall_entry 1
basename;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
basename;kernel;trap_dispatch 1
basename;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
bash;kernel;(anonymous namespace)::child_start(void*) 1
bash;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
bash;kernel;(anonymous namespace)::pipe_of(Inode*) [clone .part.0] 1
bash;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
bash;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
bash;kernel;AddressSpace::copy_out(unsigned long, void const*, unsigned long) 1
bash;kernel;AddressSpace::create() 1
bash;kernel;AddressSpace::find(unsigned long) 1
bash;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
bash;kernel;File::path_inode() 1
bash;kernel;FileSystem::link_target(Inode*, Path*) 1
bash;kernel;PageCache::insert(unsigned long, unsigned long) 1
bash;kernel;Process* knew<Process>() 1
bash;kernel;boot::info() 1
bash;kernel;clock::realtime_ns() 1
bash;kernel;dcache::get(Dentry*) 1
bash;kernel;dcache::put(Dentry*) 1
bash;kernel;do_pipe(unsigned long, unsigned long) 1
bash;kernel;entropy::(anonymous namespace)::quarter(unsigned int*, int, int, int, int) 1
bash;kernel;fpu::switch_to(Task*) 1
bash;kernel;fsvc::(anonymous namespace)::FsvcFs::lookup(Inode*, char const*, unsigned int, Inode**) 1
bash;kernel;inode::put(Inode*) 1
bash;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 1
bash;kernel;kvsnprintf(char*, unsigned long, char const*, __va_list_tag*) 1
bash;kernel;memcmp 1
bash;kernel;pmm::alloc_pages(unsigned long) 1
bash;kernel;pmm::free_pages(unsigned long, unsigned long) 1
bash;kernel;pmm::total_count() 1
bash;kernel;pollwait::notify() 1
bash;kernel;proc::count() 1
bash;kernel;ptrace::on_clone(Task*, Process*, unsigned long, bool) 1
bash;kernel;pty::drop_ctty(Process*) 1
bash;kernel;sched::PreemptGuard::~PreemptGuard() 1
bash;kernel;sched::create_task(char const*, void (*)(void*), void*) 1
bash;kernel;sched::make_runnable(Task*) 1
bash;kernel;sched::need_resched() 1
bash;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
bash;kernel;signal::flush(Task*) 1
bash;kernel;signal::flush_shared(Process*) 1
bash;kernel;signal::sigreturn(TrapFrame*) 1
bash;kernel;signal::take(Task*, unsigned long, signal::SigSource*) 1
bash;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
bash;kernel;sys_exit_group(SyscallArgs&) 1
bash;kernel;sys_getppid(SyscallArgs&) 1
bash;kernel;task_first_run 1
bash;kernel;timer::irq(bool) 1
bash;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
bash;kernel;vfs::put_fs_context(FsContext*) 1
bash;kernel;vmm::activate(unsigned long) 1
bash;kernel;vmm::table_of(unsigned long) 1
bash;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
bash;vmlib;vmlib::guest_read(unsigned long, void*, unsigned long) 1
bash;vmlib;vmlib::load_gs_base(unsigned long) 1
bash;vmlib;vmlib::local_port_out(unsigned short, unsigned int, unsigned char) 1
bash;vmlib;vmlib::read_reg(tandem_regs const&, unsigned char, unsigned char) 1
bash;vmlib;vmlib::real_user_flags(unsigned long) 1
bash;vmlib;vmlib::uo::host_timer_in(unsigned long) 1
bash;vmlib;vmlib::uo::key_is_sound(unsigned long) 1
bash;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
bash;vmlib;vmlib_space_hand_off 1
cat;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
cat;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
cat;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
cat;kernel;FdTable::close(int) 1
cat;kernel;FdTable::put() 1
cat;kernel;File::stat(LinuxStat*) 1
cat;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
cat;kernel;make_regular_file() 1
cat;kernel;memcpy 1
cat;kernel;pmm::take_run(unsigned long) 1
cat;kernel;ptrace::traces_syscalls(Task*) 1
cat;kernel;trap_common 1
cat;kernel;vmm::flush_page(unsigned long, unsigned long) 1
cat;vmlib;trap_common 1
cat;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
cat;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
cat;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
cat;vmlib;vmlib::uo::find_block(unsigned long) 1
cat;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
cc1;kernel;(anonymous namespace)::RegularFile::read(void*, unsigned long) 1
cc1;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
cc1;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
cc1;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
cc1;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
cc1;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
cc1;kernel;FdTable::put() 1
cc1;kernel;dcache::get(Dentry*) 1
cc1;kernel;dcache::shrink() 1
cc1;kernel;fsvc::(anonymous namespace)::FsvcFs::lookup(Inode*, char const*, unsigned int, Inode**) 1
cc1;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
cc1;kernel;inode::(anonymous namespace)::lru_add(Inode*) 1
cc1;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
cc1;kernel;inode::get_page(Inode*, unsigned long, long*) 1
cc1;kernel;pmm::refcount(unsigned long) 1
cc1;kernel;proc::count() 1
cc1;kernel;sched::PreemptGuard::PreemptGuard() 1
cc1;kernel;sched::PreemptGuard::~PreemptGuard() 1
cc1;kernel;sys_mprotect(SyscallArgs&) 1
cc1;kernel;sys_newfstatat(SyscallArgs&) 1
cc1;kernel;sys_write(SyscallArgs&) 1
cc1;kernel;timer::irq(bool) 1
cc1;kernel;vfs::d_path(Path const&, char*, unsigned int) 1
cc1;kernel;vfs::readlink(int, char const*, char*, unsigned int) 1
cc1;kernel;vmm::flush_page(unsigned long, unsigned long) 1
cc1;vmlib;tandem_x86_virtual_flags 1
cc1;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::emulate_wrmsr(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
cc1;vmlib;vmlib::load_gs_base(unsigned long) 1
cc1;vmlib;vmlib::real_user_flags(unsigned long) 1
cc1;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
cc1;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
cc1;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
cc;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
cc;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
cc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
cc;vmlib;vmlib::handle_syscall(tandem_regs&) 1
cc;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
chmod;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
chmod;kernel;isr_stub_14 1
chmod;vmlib;vmlib::handle_syscall(tandem_regs&) 1
cmp;user 1
cmp;vmlib;vmlib::uo::reflect_ahead() 1
collect2;kernel;(anonymous namespace)::StringVector::copy_from(unsigned long) [clone .part.0] 1
collect2;kernel;(anonymous namespace)::Tmpfs::lookup(Inode*, char const*, unsigned int, Inode**) 1
collect2;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
collect2;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
collect2;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 1
collect2;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
collect2;kernel;FdTable::put() 1
collect2;kernel;__copy_user 1
collect2;kernel;exec::execute(ExecRequest const&, char const**) 1
collect2;kernel;kmalloc(unsigned long) 1
collect2;kernel;mounts::on(Mount*, Dentry*) 1
collect2;kernel;pmm::free_pages(unsigned long, unsigned long) 1
collect2;kernel;sys_mprotect(SyscallArgs&) 1
collect2;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
collect2;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
collect2;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
collect2;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
collect2;vmlib;vmlib::find_site(unsigned long) 1
collect2;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
collect2;vmlib;vmlib::note_delivery(int, unsigned long, unsigned long, unsigned int) 1
collect2;vmlib;vmlib::resume(tandem_regs&) 1
collect2;vmlib;vmlib::resume_kernel(tandem_regs&) 1
collect2;vmlib;vmlib::resume_user(tandem_regs&) 1
collect2;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
collect2;vmlib;vmlib::uo::find_block(unsigned long) 1
collect2;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
collect2;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
conftest;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
conftest;kernel;pmm::info(unsigned long) 1
conftest;kernel;pmm::take_run(unsigned long) 1
conftest;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
conftest;vmlib;__vmlib_site 1
conftest;vmlib;vmlib::resume_kernel(tandem_regs&) 1
conftest;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
cp;vmlib;vmlib::handle_syscall(tandem_regs&) 1
cp;vmlib;vmlib_host_syscall 1
date;vmlib;vmlib_host_syscall 1
date;vmproc;port i/o 1
dd;kernel;memset 1
dd;user 1
dd;vmlib;vmlib_host_syscall 1
diff;kernel;PageCache::find(unsigned long) const 1
diff;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
diff;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
diff;vmlib;vmlib::handle_syscall(tandem_regs&) 1
diff;vmlib;vmlib_host_syscall 1
dirname;kernel;pty::drop_ctty(Process*) 1
dirname;kernel;syscall_entry 1
dirname;vmlib;vmlib::handle_syscall(tandem_regs&) 1
dirname;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
dirname;vmlib;vmlib_resume_kernel_asm 1
dirname;vmlib;vmlib_site_dispatch 1
echo;user 1
echo;vmlib;vmlib_host_syscall 1
expr;kernel;isr_stub_14 1
expr;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
expr;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
expr;vmlib;vmlib::handle_syscall(tandem_regs&) 1
expr;vmlib;vmlib::resume_kernel(tandem_regs&) 1
expr;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
file;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
file;vmproc;port i/o 1
gcc;kernel;(anonymous namespace)::StringVector::copy_from(unsigned long) [clone .part.0] 1
gcc;kernel;(anonymous namespace)::Tmpfs::mkdir(Inode*, char const*, unsigned int, unsigned int, Inode**) 1
gcc;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 1
gcc;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 1
gcc;kernel;AddressSpace::copy_out(unsigned long, void const*, unsigned long) 1
gcc;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
gcc;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
gcc;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
gcc;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
gcc;kernel;AddressSpace::set_brk(unsigned long) 1
gcc;kernel;FdTable::clone() 1
gcc;kernel;FdTable::close(int) 1
gcc;kernel;FdTable::put() 1
gcc;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
gcc;kernel;clock::realtime_ns() 1
gcc;kernel;fpu::sync(Task*) 1
gcc;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
gcc;kernel;kmalloc(unsigned long) 1
gcc;kernel;kstrlen(char const*) 1
gcc;kernel;kzalloc(unsigned long) 1
gcc;kernel;pipe::create(File**, File**, unsigned int) 1
gcc;kernel;pmm::alloc_pages(unsigned long) 1
gcc;kernel;sched::need_resched() 1
gcc;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
gcc;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
gcc;kernel;sys_arch_prctl(SyscallArgs&) 1
gcc;kernel;syscall_dispatch 1
gcc;kernel;traps::handle_page_fault(TrapFrame*) 1
gcc;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
gcc;vmlib;tandem_x86_irq_deliverable 1
gcc;vmlib;trap_common 1
gcc;vmlib;trap_return 1
gcc;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
gcc;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
gcc;vmlib;vmlib::site_handler(unsigned short) 1
gcc;vmlib;vmlib::uo::find_block(unsigned long) 1
gcc;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
gcc;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
getconf;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
grep;kernel;AddressSpace::try_merge(Vma*) 1
grep;kernel;kstrlen(char const*) 1
grep;kernel;kvsnprintf(char*, unsigned long, char const*, __va_list_tag*) 1
grep;kernel;memcmp 1
grep;kernel;memcpy 1
grep;kernel;pmm::alloc_page() 1
grep;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
grep;kernel;trap_dispatch 1
grep;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
grep;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
grep;vmlib;vmlib::uo::find_block(unsigned long) 1
grep;vmlib;vmlib::uo::reflect_ahead() 1
hostname;user 1
hostname;vmlib;vmlib::handle_syscall(tandem_regs&) 1
ld;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
ld;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
ld;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
ld;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
ld;kernel;FileSystem::open_special(Inode*, unsigned int, long*) 1
ld;kernel;__strncpy_user 1
ld;kernel;clock::realtime_ns() 1
ld;kernel;dcache::put(Dentry*) 1
ld;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
ld;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
ld;kernel;isr_stub_32 1
ld;kernel;itimer::expire(unsigned long) 1
ld;kernel;kfree(void*) 1
ld;kernel;memcmp 1
ld;kernel;mounts::on(Mount*, Dentry*) 1
ld;kernel;pmm::alloc_page() 1
ld;kernel;pmm::alloc_pages(unsigned long) 1
ld;kernel;pmm::alloc_run(unsigned long) 1
ld;kernel;pmm::refcount(unsigned long) 1
ld;kernel;ptrace::trap_pending(Task*) 1
ld;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
ld;kernel;sys_fcntl(SyscallArgs&) 1
ld;kernel;sys_getrusage(SyscallArgs&) 1
ld;kernel;sys_lseek(SyscallArgs&) 1
ld;kernel;sys_read(SyscallArgs&) 1
ld;kernel;trap_dispatch 1
ld;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
ld;kernel;vmm::flush_page(unsigned long, unsigned long) 1
ld;vmlib;syscall_entry 1
ld;vmlib;tandem_x86_virtual_flags 1
ld;vmlib;trap_common 1
ld;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::load_gs_base(unsigned long) 1
ld;vmlib;vmlib::real_user_flags(unsigned long) 1
ld;vmlib;vmlib::resume(tandem_regs&) 1
ld;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
ln;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
ln;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
ln;kernel;memcmp 1
ln;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
ls;kernel;PageCache::find(unsigned long) const 1
ls;vmlib;vmlib::handle_syscall(tandem_regs&) 1
make;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
make;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
make;kernel;File::path_inode() 1
make;kernel;PageCache::find(unsigned long) const 1
make;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 1
make;kernel;pmm::free_pages(unsigned long, unsigned long) 1
make;kernel;pmm::get(unsigned long) 1
make;kernel;pmm::take_run(unsigned long) 1
make;kernel;proc::clone(CloneRequest const&, TrapFrame*) 1
make;kernel;signal::pending_work(Task*) 1
make;kernel;sys_geteuid(SyscallArgs&) 1
make;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
make;vmlib;syscall_entry 1
make;vmlib;tandem_x86_virtual_flags 1
make;vmlib;vmlib::resume_kernel(tandem_regs&) 1
make;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
mawk;kernel;AddressSpace::find(unsigned long) 1
mawk;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
mawk;kernel;isr_stub_14 1
mawk;kernel;syscall_dispatch 1
mawk;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
mawk;vmlib;vmlib::handle_syscall(tandem_regs&) 1
mkdir;kernel;dcache::get(Dentry*) 1
mkdir;kernel;memcpy 1
mkdir;kernel;memset 1
mkdir;kernel;pmm::take_run(unsigned long) 1
mkdir;kernel;sys_mmap(SyscallArgs&) 1
mkdir;kernel;syscall_dispatch 1
mkdir;vmlib;__vmlib_site 1
mkdir;vmlib;vmlib::guest_read(unsigned long, void*, unsigned long) 1
mkdir;vmlib;vmlib::resume_kernel(tandem_regs&) 1
mkdir;vmlib;vmlib::resume_user(tandem_regs&) 1
mkdir;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
mkdir;vmlib;vmlib::uo::reflect_ahead() 1
mkdir;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
mkdir;vmlib;vmlib_resume_kernel_asm 1
mktemp;vmlib;vmlib::handle_syscall(tandem_regs&) 1
msgfmt;kernel;PageCache::find(unsigned long) const 1
msgfmt;kernel;pmm::put(unsigned long) 1
msgmerge;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
msgmerge;kernel;syscall_entry 1
msgmerge;vmlib;vmlib::find_site(unsigned long) 1
msgmerge;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
msgmerge;vmlib;vmlib::handle_syscall(tandem_regs&) 1
msgmerge;vmlib;vmlib::uo::find_block(unsigned long) 1
mt;vmlib;vmlib_host_syscall 1
mv;kernel;(anonymous namespace)::Procfs::open_special(Inode*, unsigned int, long*) 1
mv;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
mv;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
mv;kernel;FdTable::close(int) 1
mv;kernel;extable_fixup(unsigned long) 1
mv;kernel;inode::get_page(Inode*, unsigned long, long*) 1
mv;kernel;itimer::expire(unsigned long) 1
mv;kernel;kfree(void*) 1
mv;kernel;memcpy 1
mv;kernel;memset 1
mv;kernel;pmm::alloc_page_nozero() 1
mv;kernel;pmm::take_run(unsigned long) 1
mv;kernel;sys_mmap(SyscallArgs&) 1
mv;kernel;sys_newfstatat(SyscallArgs&) 1
mv;kernel;sys_openat(SyscallArgs&) 1
mv;kernel;vfs::rename(int, char const*, int, char const*, unsigned int) 1
mv;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
mv;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
mv;vmlib;vmlib::resume(tandem_regs&) 1
mv;vmlib;vmlib::site_handler(unsigned short) 1
mv;vmlib;vmlib::uo::forget_page(unsigned long) 1
mv;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
mv;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
nm;kernel;pmm::refcount(unsigned long) 1
nm;kernel;trap_return 1
nm;kernel;traps::handle_page_fault(TrapFrame*) 1
nm;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
nm;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
nm;vmlib;vmlib::find_site(unsigned long) 1
nm;vmlib;vmlib::resume_kernel(tandem_regs&) 1
nm;vmlib;vmlib::uo::find_block(unsigned long) 1
nm;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
nm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
nm;vmlib;vmlib_site_dispatch 1
nm;vmproc;port i/o 1
objdump;user 1
objdump;vmlib;vmlib::handle_syscall(tandem_regs&) 1
od;kernel;inode::put(Inode*) 1
od;vmlib;vmlib_site_dispatch 1
ranlib;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
ranlib;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
ranlib;kernel;syscall_dispatch 1
ranlib;kernel;trap_dispatch 1
ranlib;vmlib;__vmlib_site 1
ranlib;vmlib;vmlib_resume_kernel_asm 1
rm;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
rm;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 1
rm;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
rm;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
rm;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
rm;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
rm;kernel;AddressSpace::try_merge(Vma*) 1
rm;kernel;FdTable::get_file(int) 1
rm;kernel;File::stat(LinuxStat*) 1
rm;kernel;FileSystem::link_target(Inode*, Path*) 1
rm;kernel;dcache::(anonymous namespace)::alloc(Dentry*, char const*, unsigned int, Inode*) 1
rm;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
rm;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
rm;kernel;pmm::alloc_run(unsigned long) 1
rm;kernel;pmm::free_count() 1
rm;kernel;pmm::info(unsigned long) 1
rm;kernel;pmm::take_run(unsigned long) 1
rm;kernel;pty::drop_ctty(Process*) 1
rm;kernel;sys_access(SyscallArgs&) 1
rm;kernel;sys_lseek(SyscallArgs&) 1
rm;kernel;trap_common 1
rm;kernel;trap_dispatch 1
rm;kernel;trap_return 1
rm;kernel;traps::handle_page_fault(TrapFrame*) 1
rm;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
rm;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
rm;kernel;vfs::remove(int, char const*, bool) 1
rm;vmlib;tandem_x86_irq_deliverable 1
rm;vmlib;tandem_x86_virtual_flags 1
rm;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
rm;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
rm;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
rm;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
rm;vmlib;vmlib::resume_user(tandem_regs&) 1
rm;vmlib;vmlib::site_handler(unsigned short) 1
rm;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
rm;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
rm;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
rm;vmlib;vmlib::uo::page_now(unsigned long) 1
rm;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
rmdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
sed;kernel;(anonymous namespace)::PipeEnd::transfer_in(void const*, unsigned long, bool) [clone .part.0] 1
sed;kernel;(anonymous namespace)::Procfs::lookup(Inode*, char const*, unsigned int, Inode**) 1
sed;kernel;(anonymous namespace)::SnapshotFile::read(void*, unsigned long) 1
sed;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
sed;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
sed;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
sed;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
sed;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
sed;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
sed;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
sed;kernel;AddressSpace::set_brk(unsigned long) 1
sed;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
sed;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
sed;kernel;FdTable::put() 1
sed;kernel;WaitQueue::wake_all() 1
sed;kernel;dcache::get(Dentry*) 1
sed;kernel;inode::put(Inode*) 1
sed;kernel;isr_stub_32 1
sed;kernel;pmm::free_pages(unsigned long, unsigned long) 1
sed;kernel;pmm::info(unsigned long) 1
sed;kernel;ptrace::traces_syscalls(Task*) 1
sed;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
sed;kernel;signal::pending_work(Task*) 1
sed;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
sed;kernel;sys_getrandom(SyscallArgs&) 1
sed;kernel;sys_statfs(SyscallArgs&) 1
sed;kernel;trap_return 1
sed;kernel;traps::handle_page_fault(TrapFrame*) 1
sed;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
sed;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
sed;kernel;vfs::open_path(Path const&, unsigned int, long*) 1
sed;vmlib;trap_common 1
sed;vmlib;trap_return 1
sed;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
sed;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 1
sed;vmlib;vmlib::resume(tandem_regs&) 1
sed;vmlib;vmlib::resume_user(tandem_regs&) 1
sed;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
sed;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
sed;vmlib;vmlib_space_resume 1
sh;kernel;AddressSpace::clone_cow() 1
sh;kernel;pmm::refcount(unsigned long) 1
sh;kernel;pmm::take_run(unsigned long) 1
sh;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
sh;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
sh;vmlib;vmlib::load_fs_base(unsigned long) 1
sh;vmlib;vmlib::resume_kernel(tandem_regs&) 1
sh;vmlib;vmlib::uo::host_timer_in(unsigned long) 1
sleep;vmlib;vmlib_host_syscall 1
sort;kernel;make_regular_file() 1
sort;vmlib;vmlib_site_dispatch 1
strip;kernel;syscall_entry 1
strip;vmlib;vmlib_host_syscall 1
touch;user 1
touch;vmlib;vmlib::handle_syscall(tandem_regs&) 1
touch;vmproc;port i/o 1
tr;kernel;PageCache::find(unsigned long) const 1
tr;kernel;kmalloc(unsigned long) 1
tr;kernel;memset 1
tr;vmlib;vmlib::find_site(unsigned long) 1
true;user 1
true;vmlib;vmlib_host_syscall 1
uname;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
uname;kernel;memset 1
uname;vmlib;vmlib::find_site(unsigned long) 1
uname;vmlib;vmlib::handle_syscall(tandem_regs&) 1
uname;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
uname;vmlib;vmlib_site_dispatch 1
uniq;vmlib;vmlib_host_syscall 1
xgettext;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
xgettext;kernel;cmdline::strace() 1
xgettext;kernel;isr_stub_14 1
xgettext;kernel;sched::need_resched() 1
xgettext;vmlib;vmlib::find_site(unsigned long) 1
xgettext;vmlib;vmlib::handle_syscall(tandem_regs&) 1
xgettext;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
xgettext;vmlib;vmlib::uo::find_block(unsigned long) 1
xgettext;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
