cc1;user 21072
bash;vmlib;vmlib_host_syscall 5795
bash;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3963
cc1;vmlib;vmlib_host_syscall 3000
[no program];vmlib;vmlib_host_syscall 1713
bash;user 1375
ld;user 1289
as;user 1005
cc1;vmlib;vmlib::handle_syscall(tandem_regs&) 923
cc1;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 822
bash;vmproc;port i/o 655
sed;vmlib;vmlib_host_syscall 632
as;vmlib;vmlib_host_syscall 616
bash;vmlib;vmlib::handle_syscall(tandem_regs&) 606
ld;vmlib;vmlib_host_syscall 581
ld;vmlib;vmlib::handle_syscall(tandem_regs&) 456
sed;user 427
rm;vmlib;vmlib_host_syscall 417
gcc;vmlib;vmlib_host_syscall 402
bash;kernel;isr_stub_14 384
as;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 343
cc1;kernel;syscall_entry 289
cat;vmlib;vmlib_host_syscall 278
gcc;user 270
rm;user 266
ld;vmproc;port i/o 259
sed;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 253
cc1;kernel;memset 234
rm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 228
bash;kernel;syscall_entry 221
sh;vmlib;vmlib_host_syscall 208
as;vmproc;port i/o 183
ld;kernel;syscall_entry 183
mv;vmlib;vmlib_host_syscall 182
cc1;vmproc;port i/o 180
bash;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 148
ld;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 148
cc1;kernel;isr_stub_14 141
rm;vmproc;port i/o 141
gcc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 140
cat;user 128
gcc;vmlib;vmlib::handle_syscall(tandem_regs&) 110
collect2;vmlib;vmlib_host_syscall 107
bash;kernel;memcpy 106
[no program];kernel;pmm::put(unsigned long) 104
mv;user 104
cc1;vmlib;vmlib_site_dispatch 102
cat;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 98
[no program];kernel;vmm::(anonymous namespace)::free_table(unsigned long, int) 93
bash;vmlib;vmlib_site_dispatch 92
sed;vmlib;vmlib::handle_syscall(tandem_regs&) 92
bash;vmlib;vmlib::find_site(unsigned long) 91
ar;vmlib;vmlib_host_syscall 89
grep;vmlib;vmlib_host_syscall 89
cc1;vmlib;vmlib::find_site(unsigned long) 88
ld;kernel;memset 86
bash;vmlib;vmlib::uo::flush_user_window() 82
cc1;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 82
mv;vmproc;port i/o 78
as;vmlib;vmlib::handle_syscall(tandem_regs&) 76
rm;vmlib;vmlib::handle_syscall(tandem_regs&) 75
ar;vmproc;port i/o 73
bash;kernel;pmm::get(unsigned long) 72
gcc;vmproc;port i/o 72
mv;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 70
cc1;kernel;pmm::get(unsigned long) 63
make;vmlib;vmlib::handle_syscall(tandem_regs&) 59
[no program];vmlib;vmlib_site_dispatch 57
cc1;kernel;PageCache::find(unsigned long) const 57
bash;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 56
mkdir;vmlib;vmlib_host_syscall 54
make;vmlib;vmlib_host_syscall 53
collect2;user 52
make;user 50
bash;vmlib;vmlib::resume_kernel(tandem_regs&) 48
bash;vmlib;vmlib::uo::find_block(unsigned long) 46
nm;vmlib;vmlib_host_syscall 46
bash;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 45
mkdir;user 44
ar;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 43
bash;kernel;memset 42
grep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 41
sed;kernel;isr_stub_14 41
cc1;vmlib;vmlib::resume_kernel(tandem_regs&) 40
cc1;vmlib;vmlib::uo::find_block(unsigned long) 40
ar;user 39
collect2;vmlib;vmlib::handle_syscall(tandem_regs&) 37
grep;user 37
cc1;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 36
as;kernel;isr_stub_14 34
bash;vmlib;vmlib::uo::reflect_ahead() 34
ld;vmlib;vmlib_site_dispatch 34
cat;vmlib;vmlib::handle_syscall(tandem_regs&) 33
cat;vmproc;port i/o 33
bash;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 32
cc1;kernel;dcache::find(Dentry*, char const*, unsigned int) 32
cc1;vmlib;vmlib_resume_kernel_asm 32
sed;kernel;syscall_entry 32
collect2;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 31
bash;vmlib;vmlib_resume_kernel_asm 30
ld;kernel;isr_stub_14 30
[no program];vmproc;port i/o 29
bash;vmlib;__vmlib_site 29
gcc;kernel;syscall_entry 28
mv;vmlib;vmlib::handle_syscall(tandem_regs&) 26
[no program];vmlib;__vmlib_site 25
[no program];vmlib;vmlib::find_site(unsigned long) 25
bash;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 25
cc1;vmlib;vmlib::uo::reflect_ahead() 25
make;vmproc;port i/o 25
cc1;vmlib;__vmlib_site 24
mkdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 24
cc1;kernel;isr_stub_32 23
nm;user 23
[no program];vmlib;vmlib::resume_kernel(tandem_regs&) 22
grep;vmlib;vmlib::handle_syscall(tandem_regs&) 22
ranlib;vmlib;vmlib_host_syscall 22
[no program];vmlib;vmlib_resume_kernel_asm 21
make;kernel;syscall_entry 21
rm;kernel;isr_stub_14 21
nm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 20
sed;vmlib;vmlib_site_dispatch 20
bash;kernel;pmm::put(unsigned long) 19
bash;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 19
dirname;vmlib;vmlib_host_syscall 19
as;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 18
bash;kernel;dcache::find(Dentry*, char const*, unsigned int) 18
cc1;kernel;vmm::walk(unsigned long, unsigned long, bool) 18
ld;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 18
bash;kernel;vmm::walk(unsigned long, unsigned long, bool) 17
cc1;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 17
gcc;kernel;isr_stub_14 17
ld;vmlib;vmlib::find_site(unsigned long) 17
bash;kernel;AddressSpace::clone_cow() 16
bash;kernel;__copy_user 16
cat;kernel;isr_stub_14 16
cc1;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 16
cc1;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 16
sed;vmproc;port i/o 16
xgettext;user 16
[no program];kernel;vmm::destroy_root(unsigned long) 15
as;kernel;memcpy 15
as;kernel;syscall_entry 15
bash;kernel;traps::handle_page_fault(TrapFrame*) 15
cc1;kernel;pmm::take_run(unsigned long) 15
collect2;vmproc;port i/o 15
expr;vmlib;vmlib_host_syscall 15
gcc;vmlib;vmlib_site_dispatch 15
ln;vmlib;vmlib_host_syscall 15
make;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 15
ranlib;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 15
[no program];kernel;AddressSpace::write_back(unsigned long, unsigned long) 14
as;kernel;memset 14
bash;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 14
bash;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 14
cc1;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 14
cc1;vmlib;vmlib::load_gs_base(unsigned long) 14
rm;kernel;syscall_entry 14
sed;vmlib;vmlib::find_site(unsigned long) 14
uname;vmlib;vmlib_host_syscall 14
bash;kernel;__strncpy_user 13
bash;kernel;kmalloc(unsigned long) 13
bash;kernel;trap_dispatch 13
mawk;vmlib;vmlib_host_syscall 13
msgfmt;vmlib;vmlib_host_syscall 13
ranlib;vmproc;port i/o 13
basename;vmlib;vmlib_host_syscall 12
bash;kernel;FdTable::clone() 12
bash;kernel;syscall_dispatch 12
bash;vmlib;vmlib::site_handler(unsigned short) 12
cat;kernel;syscall_entry 12
cc1;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 12
cc1;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 12
dirname;user 12
ld;kernel;__copy_user 12
sed;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 12
xgettext;vmproc;port i/o 12
ar;kernel;memcpy 11
as;vmlib;vmlib_site_dispatch 11
basename;user 11
bash;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 11
bash;vmlib;vmlib::enter_user_direct(tandem_regs&) 11
cc1;kernel;memcpy 11
cc1;vmlib;vmlib::site_handler(unsigned short) 11
cc;vmlib;vmlib_host_syscall 11
gcc;vmlib;vmlib::find_site(unsigned long) 11
ld;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 11
mkdir;vmproc;port i/o 11
xgettext;vmlib;vmlib_host_syscall 11
ar;vmlib;vmlib::handle_syscall(tandem_regs&) 10
bash;kernel;PageCache::find(unsigned long) const 10
bash;kernel;fpu::handle_nm(TrapFrame*) 10
bash;kernel;pmm::refcount(unsigned long) 10
bash;kernel;pmm::take_run(unsigned long) 10
bash;vmlib;vmlib::load_gs_base(unsigned long) 10
cc1;kernel;itimer::expire(unsigned long) 10
cc1;kernel;kmalloc(unsigned long) 10
cc1;kernel;memcmp 10
gcc;kernel;memset 10
ld;kernel;PageCache::find(unsigned long) const 10
ln;user 10
mawk;user 10
mv;kernel;syscall_entry 10
sed;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 10
sh;kernel;sched::schedule() 10
as;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 9
as;kernel;__copy_user 9
bash;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 9
cc1;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 9
cc1;kernel;pmm::alloc_pages(unsigned long) 9
cc1;kernel;trap_return 9
chmod;vmlib;vmlib_host_syscall 9
gcc;kernel;kmalloc(unsigned long) 9
gcc;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 9
gcc;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 9
mv;kernel;isr_stub_14 9
sed;kernel;memset 9
sed;vmlib;vmlib::uo::reflect_ahead() 9
sh;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 9
[no program];vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 8
as;kernel;PageCache::find(unsigned long) const 8
bash;vmlib;vmlib::uo::page_now(unsigned long) 8
cc1;kernel;__copy_user 8
cc1;kernel;pmm::alloc_run(unsigned long) 8
cc1;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 8
collect2;kernel;syscall_entry 8
conftest;vmlib;vmlib::handle_syscall(tandem_regs&) 8
conftest;vmlib;vmlib_host_syscall 8
gcc;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 8
ld;kernel;dcache::find(Dentry*, char const*, unsigned int) 8
ld;kernel;pmm::take_run(unsigned long) 8
ln;vmproc;port i/o 8
ls;vmlib;vmlib_host_syscall 8
msgmerge;vmlib;vmlib_host_syscall 8
rm;kernel;PageCache::find(unsigned long) const 8
rm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 8
rm;vmlib;vmlib_site_dispatch 8
sed;kernel;memcpy 8
sh;vmproc;port i/o 8
cc1;kernel;traps::handle_page_fault(TrapFrame*) 7
cc1;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 7
cc1;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 7
cc1;vmlib;vmlib::enter_user_direct(tandem_regs&) 7
conftest;kernel;syscall_entry 7
gcc;vmlib;vmlib::uo::reflect_ahead() 7
msgfmt;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
ranlib;user 7
rm;vmlib;vmlib::find_site(unsigned long) 7
rm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 7
sed;vmlib;vmlib::uo::find_block(unsigned long) 7
uname;user 7
[no program];kernel;program_names::forget(unsigned long) 6
as;kernel;pmm::get(unsigned long) 6
as;kernel;pmm::put(unsigned long) 6
as;vmlib;__vmlib_site 6
as;vmlib;vmlib::uo::find_block(unsigned long) 6
awk;vmlib;vmlib_host_syscall 6
bash;kernel;signal::pending_work(Task*) 6
bash;vmlib;trap_return 6
bash;vmlib;vmlib::uo::flush_user_page(unsigned long) 6
bash;vmlib;vmlib_space_resume 6
cc1;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 6
cc1;kernel;__strncpy_user 6
cc1;kernel;mounts::on(Mount*, Dentry*) 6
cc1;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 6
cc1;vmlib;vmlib::uo::flush_user_window() 6
collect2;vmlib;vmlib_site_dispatch 6
expr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
gcc;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 6
grep;vmlib;vmlib_site_dispatch 6
ld;vmlib;vmlib::uo::flush_user_window() 6
mawk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
msgmerge;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
rmdir;vmproc;port i/o 6
sed;kernel;PageCache::find(unsigned long) const 6
sed;kernel;pmm::get(unsigned long) 6
sh;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 6
sort;vmlib;vmlib_host_syscall 6
[no program];kernel;FdTable::close_on_exec() 5
[no program];kernel;kfree(void*) 5
[no program];kernel;proc::announce_exit(Process*) 5
[no program];vmlib;vmlib_space_resume 5
ar;kernel;isr_stub_14 5
ar;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
as;vmlib;vmlib::find_site(unsigned long) 5
bash;kernel;AddressSpace::populate(unsigned long) 5
bash;kernel;context_switch 5
bash;kernel;pmm::alloc_page_nozero() 5
bash;kernel;sys_rt_sigprocmask(SyscallArgs&) 5
bash;vmlib;vmlib::resume(tandem_regs&) 5
cat;vmlib;vmlib::uo::reflect_ahead() 5
cc1;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 5
cc1;kernel;pmm::free_pages(unsigned long, unsigned long) 5
cc1;kernel;strncpy_from_user(char*, char const*, unsigned long) 5
conftest;user 5
conftest;vmproc;port i/o 5
gcc;kernel;PageCache::find(unsigned long) const 5
gcc;kernel;memcpy 5
gcc;vmlib;vmlib::resume_kernel(tandem_regs&) 5
grep;vmproc;port i/o 5
ld;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 5
ld;vmlib;vmlib::load_gs_base(unsigned long) 5
ld;vmlib;vmlib::resume_kernel(tandem_regs&) 5
ld;vmlib;vmlib::uo::find_block(unsigned long) 5
ld;vmlib;vmlib::uo::reflect_ahead() 5
ld;vmlib;vmlib_resume_kernel_asm 5
make;vmlib;vmlib::find_site(unsigned long) 5
make;vmlib;vmlib_site_dispatch 5
msgfmt;user 5
msgmerge;user 5
rm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 5
rm;vmlib;vmlib::uo::reflect_ahead() 5
sed;vmlib;__vmlib_site 5
tr;vmlib;vmlib_host_syscall 5
uname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
xgettext;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
[no program];kernel;inode::put(Inode*) 4
[no program];kernel;signal::(anonymous namespace)::post_process(Process*, int, signal::SigSource const&, bool) 4
[no program];vmlib;vmlib::deliver_pending_irq(tandem_regs&) 4
[no program];vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 4
[no program];vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 4
[no program];vmlib;vmlib::resume(tandem_regs&) 4
as;kernel;kfree(void*) 4
as;vmlib;vmlib::site_handler(unsigned short) 4
as;vmlib;vmlib::uo::flush_user_window() 4
as;vmlib;vmlib::uo::reflect_ahead() 4
basename;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
bash;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 4
bash;kernel;FdTable::put() 4
bash;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 4
bash;kernel;isr_stub_32 4
bash;kernel;sched::schedule() 4
bash;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 4
bash;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 4
bash;vmlib;vmlib::resume_user(tandem_regs&) 4
bash;vmlib;vmlib::uo::key_is_sound(unsigned long) 4
bash;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 4
cat;kernel;PageCache::find(unsigned long) const 4
cat;vmlib;vmlib::find_site(unsigned long) 4
cat;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 4
cc1;kernel;cmdline::strace() 4
cc1;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 4
cc1;kernel;syscall_dispatch 4
cc1;vmlib;trap_return 4
cc1;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 4
cc1;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 4
cc1;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 4
cc1;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 4
chmod;user 4
conftest;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
date;vmlib;vmlib_host_syscall 4
dirname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
gcc;kernel;__strncpy_user 4
gcc;kernel;pmm::get(unsigned long) 4
gcc;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 4
gcc;vmlib;vmlib_resume_kernel_asm 4
grep;kernel;isr_stub_14 4
hostname;user 4
ld;kernel;AddressSpace::discard(unsigned long, unsigned long) 4
ld;kernel;isr_stub_32 4
ld;kernel;memcpy 4
ld;vmlib;syscall_entry 4
ld;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 4
ld;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 4
ln;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
make;kernel;memset 4
mkdir;vmlib;vmlib::handle_syscall(tandem_regs&) 4
mv;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 4
nm;vmlib;vmlib::handle_syscall(tandem_regs&) 4
objdump;vmlib;vmlib_host_syscall 4
ranlib;kernel;isr_stub_14 4
rm;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 4
rm;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 4
rmdir;user 4
sed;kernel;dcache::find(Dentry*, char const*, unsigned int) 4
sed;vmlib;vmlib_resume_kernel_asm 4
sort;user 4
[no program];kernel;AddressSpace::put() 3
[no program];vmlib;vmlib::site_handler(unsigned short) 3
ar;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
ar;kernel;memset 3
ar;kernel;pmm::put(unsigned long) 3
arch;vmlib;vmlib_host_syscall 3
as;kernel;traps::handle_page_fault(TrapFrame*) 3
as;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 3
as;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 3
as;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 3
awk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
bash;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 3
bash;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 3
bash;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 3
bash;kernel;cputime::tick(bool, bool, unsigned int) 3
bash;kernel;inode::fill_stat(Inode const*, LinuxStat*) 3
bash;kernel;kfree(void*) 3
bash;kernel;memcmp 3
bash;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 3
bash;kernel;pmm::alloc_pages(unsigned long) 3
bash;kernel;program_names::set(unsigned long, char const*) 3
bash;kernel;signal::take(Task*, unsigned long, signal::SigSource*) 3
bash;kernel;sys_execve(SyscallArgs&) 3
bash;kernel;trap_return 3
bash;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 3
bash;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 3
cat;vmlib;vmlib::uo::find_block(unsigned long) 3
cat;vmlib;vmlib_site_dispatch 3
cc1;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 3
cc1;kernel;(anonymous namespace)::do_readlink(unsigned long, unsigned long, unsigned long, unsigned long) 3
cc1;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 3
cc1;kernel;AddressSpace::discard(unsigned long, unsigned long) 3
cc1;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 3
cc1;kernel;pmm::put(unsigned long) 3
cc1;kernel;timer::irq(bool) 3
cc1;kernel;trap_dispatch 3
cc1;vmlib;vmlib::resume_user(tandem_regs&) 3
cc1;vmlib;vmlib::uo::page_now(unsigned long) 3
cc;vmproc;port i/o 3
collect2;vmlib;vmlib::find_site(unsigned long) 3
collect2;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 3
collect2;vmlib;vmlib::uo::reflect_ahead() 3
date;user 3
diff;user 3
diff;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
expr;vmlib;vmlib::handle_syscall(tandem_regs&) 3
file;vmproc;port i/o 3
gcc;kernel;(anonymous namespace)::Tmpfs::lookup(Inode*, char const*, unsigned int, Inode**) 3
gcc;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 3
gcc;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
gcc;kernel;dcache::find(Dentry*, char const*, unsigned int) 3
gcc;kernel;mounts::on(Mount*, Dentry*) 3
gcc;kernel;pmm::take_run(unsigned long) 3
gcc;kernel;proc::clone(CloneRequest const&, TrapFrame*) 3
gcc;kernel;syscall_dispatch 3
gcc;vmlib;__vmlib_site 3
gcc;vmlib;syscall_entry 3
gcc;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 3
gcc;vmlib;vmlib::site_handler(unsigned short) 3
grep;kernel;memset 3
grep;kernel;syscall_entry 3
hostname;vmlib;vmlib_host_syscall 3
ld;kernel;pmm::get(unsigned long) 3
ld;kernel;syscall_dispatch 3
ld;vmlib;__vmlib_site 3
ld;vmlib;trap_return 3
ld;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 3
ld;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 3
ld;vmlib;vmlib::resume(tandem_regs&) 3
ld;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 3
make;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 3
mawk;vmproc;port i/o 3
mkdir;kernel;syscall_entry 3
mv;kernel;PageCache::find(unsigned long) const 3
mv;vmlib;vmlib::resume_kernel(tandem_regs&) 3
nm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 3
od;vmlib;vmlib_host_syscall 3
rm;kernel;pmm::get(unsigned long) 3
rm;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 3
rm;vmlib;vmlib::resume_kernel(tandem_regs&) 3
rmdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
sed;kernel;__strncpy_user 3
sed;kernel;pmm::take_run(unsigned long) 3
sed;vmlib;vmlib::load_gs_base(unsigned long) 3
sed;vmlib;vmlib::resume_kernel(tandem_regs&) 3
sh;kernel;syscall_entry 3
sh;user 3
sh;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 3
sh;vmlib;vmlib_space_resume 3
sleep;vmlib;vmlib_host_syscall 3
[no program];kernel;WaitQueue::wake_all() 2
[no program];kernel;exec::execute(ExecRequest const&, char const**) 2
[no program];kernel;memset 2
[no program];kernel;program_names::set(unsigned long, char const*) 2
[no program];kernel;sched::PreemptGuard::~PreemptGuard() 2
[no program];vmlib;vmlib::uo::load_address_space(unsigned int, bool) 2
[no program];vmlib;vmlib_space_hand_off 2
ar;kernel;pmm::take_run(unsigned long) 2
ar;kernel;syscall_entry 2
ar;vmlib;__vmlib_site 2
ar;vmlib;vmlib::uo::reflect_ahead() 2
as;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 2
as;kernel;AddressSpace::find(unsigned long) 2
as;kernel;itimer::expire(unsigned long) 2
as;kernel;ptrace::traces_syscalls(Task*) 2
as;kernel;syscall_dispatch 2
as;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 2
as;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 2
as;vmlib;vmlib::resume_kernel(tandem_regs&) 2
as;vmlib;vmlib::uo::flush_user_page(unsigned long) 2
as;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
bash;kernel;(anonymous namespace)::exec_depth(char const*, char const* const*, unsigned int, char const* const*, unsigned int, char const**, unsigned int) 2
bash;kernel;(anonymous namespace)::wake_key((anonymous namespace)::Key const&, int, unsigned int) 2
bash;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 2
bash;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
bash;kernel;AddressSpace::try_merge(Vma*) 2
bash;kernel;FdTable::close(int) 2
bash;kernel;dcache::get(Dentry*) 2
bash;kernel;exec::execute(ExecRequest const&, char const**) 2
bash;kernel;inode::get(Inode*) 2
bash;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 2
bash;kernel;isr_stub_7 2
bash;kernel;kstrlen(char const*) 2
bash;kernel;kvsnprintf(char*, unsigned long, char const*, __va_list_tag*) 2
bash;kernel;mounts::on(Mount*, Dentry*) 2
bash;kernel;pmm::alloc_page() 2
bash;kernel;proc::release_zombie(Process*) 2
bash;kernel;strncpy_from_user(char*, char const*, unsigned long) 2
bash;kernel;sys_access(SyscallArgs&) 2
bash;kernel;sys_fcntl(SyscallArgs&) 2
bash;kernel;sys_ioctl(SyscallArgs&) 2
bash;kernel;sys_wait4(SyscallArgs&) 2
bash;kernel;timer::irq(bool) 2
bash;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 2
bash;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 2
bash;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 2
bash;vmlib;vmlib_space_hand_off 2
cat;kernel;memcpy 2
cat;kernel;memset 2
cat;vmlib;vmlib::resume_kernel(tandem_regs&) 2
cat;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
cat;vmlib;vmlib_resume_kernel_asm 2
cc1;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 2
cc1;kernel;FdTable::close(int) 2
cc1;kernel;dcache::shrink() 2
cc1;kernel;kfree(void*) 2
cc1;kernel;sched::PreemptGuard::PreemptGuard() 2
cc1;kernel;sys_write(SyscallArgs&) 2
cc1;kernel;traps::exit_to_user(TrapFrame*) 2
cc1;vmlib;syscall_entry 2
cc1;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::resume(tandem_regs&) 2
cc;kernel;syscall_entry 2
cc;user 2
cc;vmlib;vmlib::find_site(unsigned long) 2
chmod;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
collect2;kernel;isr_stub_14 2
collect2;kernel;pmm::get(unsigned long) 2
collect2;vmlib;__vmlib_site 2
collect2;vmlib;vmlib::resume_kernel(tandem_regs&) 2
collect2;vmlib;vmlib::resume_user(tandem_regs&) 2
conftest;vmlib;vmlib_site_dispatch 2
dd;vmlib;vmlib::handle_syscall(tandem_regs&) 2
dd;vmlib;vmlib_host_syscall 2
diff;vmlib;vmlib_host_syscall 2
dirname;vmlib;vmlib::handle_syscall(tandem_regs&) 2
expr;kernel;isr_stub_14 2
expr;user 2
gcc;kernel;AddressSpace::populate(unsigned long) 2
gcc;kernel;FdTable::close(int) 2
gcc;kernel;kfree(void*) 2
gcc;kernel;pmm::free_pages(unsigned long, unsigned long) 2
gcc;kernel;signal::pending_work(Task*) 2
gcc;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
gcc;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
grep;kernel;FdTable::put() 2
grep;vmlib;vmlib::resume_kernel(tandem_regs&) 2
grep;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
hostname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
ld;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 2
ld;kernel;FdTable::get_file(int) 2
ld;kernel;kmalloc(unsigned long) 2
ld;kernel;mounts::on(Mount*, Dentry*) 2
ld;kernel;ptrace::traces_syscalls(Task*) 2
ld;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
ld;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
ld;vmlib;vmlib::resume_user(tandem_regs&) 2
make;kernel;dcache::find(Dentry*, char const*, unsigned int) 2
make;kernel;isr_stub_14 2
make;kernel;memcmp 2
make;vmlib;syscall_entry 2
make;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
make;vmlib;vmlib::resume_kernel(tandem_regs&) 2
mawk;kernel;syscall_entry 2
mkdir;kernel;PageCache::find(unsigned long) const 2
mkdir;kernel;memcpy 2
mkdir;vmlib;vmlib::load_gs_base(unsigned long) 2
mkdir;vmlib;vmlib_site_dispatch 2
mktemp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
mktemp;vmlib;vmlib_host_syscall 2
msgfmt;vmproc;port i/o 2
msgmerge;vmlib;vmlib::handle_syscall(tandem_regs&) 2
mv;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
mv;kernel;dcache::find(Dentry*, char const*, unsigned int) 2
mv;kernel;memcpy 2
mv;vmlib;vmlib::uo::find_block(unsigned long) 2
mv;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 2
mv;vmlib;vmlib::uo::reflect_ahead() 2
nm;kernel;isr_stub_14 2
nm;kernel;pmm::put(unsigned long) 2
nm;vmlib;vmlib::find_site(unsigned long) 2
nm;vmlib;vmlib::resume_kernel(tandem_regs&) 2
nm;vmlib;vmlib::uo::find_block(unsigned long) 2
nm;vmlib;vmlib_site_dispatch 2
objdump;vmproc;port i/o 2
ranlib;vmlib;vmlib::handle_syscall(tandem_regs&) 2
ranlib;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
rm;kernel;memcpy 2
rm;kernel;memset 2
rm;vmlib;__vmlib_site 2
rm;vmlib;vmlib::uo::find_block(unsigned long) 2
rm;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
rmdir;vmlib;vmlib_host_syscall 2
sed;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 2
sed;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
sed;kernel;dcache::put(Dentry*) 2
sed;kernel;kfree(void*) 2
sed;kernel;memcmp 2
sed;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 2
sed;kernel;sys_read(SyscallArgs&) 2
sed;kernel;syscall_dispatch 2
sed;vmlib;vmlib::resume_user(tandem_regs&) 2
sed;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
sed;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
sh;kernel;memset 2
sh;vmlib;vmlib::find_site(unsigned long) 2
sort;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
strip;vmlib;vmlib_host_syscall 2
touch;vmlib;vmlib_host_syscall 2
tr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
uname;vmlib;vmlib::handle_syscall(tandem_regs&) 2
uname;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
[no program];kernel;fpu::release(Task*) 1
[no program];kernel;fpu::reset(Task*) 1
[no program];kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
[no program];kernel;pmm::info(unsigned long) 1
[no program];kernel;proc::exit_thread(int) 1
[no program];kernel;ptrace::release_tracees(Process*) 1
[no program];kernel;sched::schedule() 1
[no program];vmlib;tandem_x86_virtual_flags 1
[no program];vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 1
[no program];vmlib;vmlib::uo::disarm_timer() 1
[no program];vmlib;vmlib::uo::host_timer_in(unsigned long) 1
[no program];vmlib;vmlib_space_migrate 1
ar;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
ar;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
ar;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 1
ar;kernel;trap_dispatch 1
ar;vmlib;vmlib::find_site(unsigned long) 1
ar;vmlib;vmlib::load_gs_base(unsigned long) 1
ar;vmlib;vmlib::resume_kernel(tandem_regs&) 1
ar;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
ar;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
ar;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
ar;vmlib;vmlib_site_dispatch 1
arch;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
arch;vmlib;vmlib::handle_syscall(tandem_regs&) 1
as;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
as;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
as;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
as;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
as;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
as;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
as;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
as;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
as;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
as;kernel;memcmp 1
as;kernel;pmm::alloc_run(unsigned long) 1
as;kernel;pmm::take_run(unsigned long) 1
as;kernel;sched::schedule() 1
as;kernel;signal::pending_work(Task*) 1
as;kernel;trap_dispatch 1
as;kernel;trap_return 1
as;vmlib;trap_common 1
as;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
as;vmlib;vmlib::load_gs_base(unsigned long) 1
as;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
awk;vmlib;vmlib::handle_syscall(tandem_regs&) 1
awk;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
bash;kernel;(anonymous namespace)::PipeEnd::read(void*, unsigned long) 1
bash;kernel;(anonymous namespace)::RegularFile::seek(long, int) 1
bash;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 1
bash;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
bash;kernel;AddressSpace::copy_out(unsigned long, void const*, unsigned long) 1
bash;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
bash;kernel;FdTable::install(File*, int, bool) 1
bash;kernel;File::~File() 1
bash;kernel;Process* knew<Process>() 1
bash;kernel;WaitQueue::wake_all() 1
bash;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
bash;kernel;boot::info() 1
bash;kernel;cmdline::strace() 1
bash;kernel;do_pipe(unsigned long, unsigned long) 1
bash;kernel;dup_to(unsigned long, unsigned long, bool) 1
bash;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 1
bash;kernel;entropy::(anonymous namespace)::quarter(unsigned int*, int, int, int, int) 1
bash;kernel;entropy::fill(void*, unsigned long) 1
bash;kernel;fpu::clone(Task*, Task*) 1
bash;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
bash;kernel;gdt::set_kernel_stack(unsigned long) 1
bash;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
bash;kernel;itimer::expire(unsigned long) 1
bash;kernel;pmm::free_pages(unsigned long, unsigned long) 1
bash;kernel;pollwait::notify() 1
bash;kernel;proc::clone(CloneRequest const&, TrapFrame*) 1
bash;kernel;proc::exit_thread(int) 1
bash;kernel;ptrace::traces_syscalls(Task*) 1
bash;kernel;ptrace::trap_pending(Task*) 1
bash;kernel;sched::create_task(char const*, void (*)(void*), void*) 1
bash;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
bash;kernel;signal::handle_pending(TrapFrame*) 1
bash;kernel;sys_clone(SyscallArgs&) 1
bash;kernel;sys_close(SyscallArgs&) 1
bash;kernel;sys_geteuid(SyscallArgs&) 1
bash;kernel;sys_getpid(SyscallArgs&) 1
bash;kernel;sys_getppid(SyscallArgs&) 1
bash;kernel;sys_read(SyscallArgs&) 1
bash;kernel;sys_rt_sigaction(SyscallArgs&) 1
bash;kernel;trap_common 1
bash;kernel;traps::exit_to_user(TrapFrame*) 1
bash;kernel;vfs::(anonymous namespace)::parent_and_child(int, char const*, Path*, Dentry**, char const**, unsigned int*) 1
bash;kernel;vmm::activate(unsigned long) 1
bash;vmlib;tandem_x86_load_virtual_flags 1
bash;vmlib;trap_common 1
bash;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::guest_now_ns() 1
bash;vmlib;vmlib::uo::apply_queued() 1
bash;vmlib;vmlib::uo::host_timer_in(unsigned long) 1
cat;kernel;(anonymous namespace)::wake_key((anonymous namespace)::Key const&, int, unsigned int) 1
cat;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
cat;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
cat;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
cat;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
cat;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
cat;kernel;pmm::alloc_page() 1
cat;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
cat;kernel;sys_mmap(SyscallArgs&) 1
cat;kernel;trap_common 1
cat;kernel;trap_dispatch 1
cat;kernel;vmm::table_of(unsigned long) 1
cat;vmlib;__vmlib_site 1
cat;vmlib;tandem_x86_virtual_flags 1
cat;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
cat;vmlib;vmlib::load_gs_base(unsigned long) 1
cat;vmlib;vmlib::resume_user(tandem_regs&) 1
cat;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
cat;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
cat;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
cc1;kernel;(anonymous namespace)::RegularFile::write(void const*, unsigned long) 1
cc1;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
cc1;kernel;AddressSpace::set_brk(unsigned long) 1
cc1;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
cc1;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
cc1;kernel;boot::info() 1
cc1;kernel;dcache::get(Dentry*) 1
cc1;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
cc1;kernel;itimer::earliest_deadline() 1
cc1;kernel;kstrlen(char const*) 1
cc1;kernel;pmm::info(unsigned long) 1
cc1;kernel;proc::count() 1
cc1;kernel;ptrace::trap_pending(Task*) 1
cc1;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
cc1;kernel;signal::pending_work(Task*) 1
cc1;kernel;sys_brk(SyscallArgs&) 1
cc1;kernel;sys_close(SyscallArgs&) 1
cc1;kernel;sys_mmap(SyscallArgs&) 1
cc1;kernel;sys_newfstatat(SyscallArgs&) 1
cc1;kernel;sys_read(SyscallArgs&) 1
cc1;kernel;vfs::readlink(int, char const*, char*, unsigned int) 1
cc1;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
cc1;vmlib;tandem_x86_virtual_flags 1
cc1;vmlib;vmlib::guest_now_ns() 1
cc1;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
cc1;vmlib;vmlib::local_port_out(unsigned short, unsigned int, unsigned char) 1
cc1;vmlib;vmlib::real_user_flags(unsigned long) 1
cc1;vmlib;vmlib::uo::key_is_sound(unsigned long) 1
cc1;vmlib;vmlib::uo::remove_block_at(unsigned int) 1
cc;kernel;syscall_dispatch 1
cc;vmlib;vmlib::resume_kernel(tandem_regs&) 1
cc;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
chmod;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
chmod;vmproc;port i/o 1
cmp;kernel;PageCache::find(unsigned long) const 1
cmp;vmlib;vmlib::resume_kernel(tandem_regs&) 1
cmp;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
cmp;vmlib;vmlib_host_syscall 1
collect2;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
collect2;kernel;PageCache::find(unsigned long) const 1
collect2;kernel;dcache::(anonymous namespace)::hash_out(Dentry*) [clone .part.0] 1
collect2;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
collect2;kernel;dcache::put(Dentry*) 1
collect2;kernel;exec::execute(ExecRequest const&, char const**) 1
collect2;kernel;inode::put(Inode*) 1
collect2;kernel;memcpy 1
collect2;kernel;memset 1
collect2;kernel;mounts::on(Mount*, Dentry*) 1
collect2;kernel;pmm::alloc_pages(unsigned long) 1
collect2;kernel;pmm::alloc_run(unsigned long) 1
collect2;kernel;pmm::take_run(unsigned long) 1
collect2;kernel;ptrace::traces_syscalls(Task*) 1
collect2;kernel;sched::block_current() 1
collect2;kernel;syscall_dispatch 1
collect2;vmlib;tandem_x86_virtual_flags 1
collect2;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
collect2;vmlib;vmlib::load_gs_base(unsigned long) 1
collect2;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
collect2;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
collect2;vmlib;vmlib_resume_kernel_asm 1
conftest;kernel;(anonymous namespace)::wake_key((anonymous namespace)::Key const&, int, unsigned int) 1
conftest;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
conftest;vmlib;vmlib::uo::reflect_ahead() 1
cp;user 1
cp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
cp;vmlib;vmlib::handle_syscall(tandem_regs&) 1
cp;vmlib;vmlib_host_syscall 1
cp;vmproc;port i/o 1
date;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
date;vmproc;port i/o 1
dd;user 1
diff;kernel;PageCache::find(unsigned long) const 1
diff;vmproc;port i/o 1
dirname;kernel;AddressSpace::try_merge(Vma*) 1
dirname;kernel;kfree(void*) 1
dirname;kernel;memset 1
dirname;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
dirname;vmlib;vmlib::load_gs_base(unsigned long) 1
echo;user 1
echo;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
echo;vmlib;vmlib_host_syscall 1
expr;kernel;PageCache::find(unsigned long) const 1
expr;kernel;syscall_entry 1
expr;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
expr;vmlib;vmlib::resume_user(tandem_regs&) 1
expr;vmlib;vmlib_resume_kernel_asm 1
expr;vmlib;vmlib_site_dispatch 1
file;kernel;syscall_entry 1
file;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
file;vmlib;vmlib_host_syscall 1
gcc;kernel;(anonymous namespace)::PipeEnd::~PipeEnd() 1
gcc;kernel;(anonymous namespace)::StringVector::copy_from(unsigned long) [clone .part.0] 1
gcc;kernel;(anonymous namespace)::collect(Process*, unsigned long) [clone .part.0] 1
gcc;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
gcc;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 1
gcc;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
gcc;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
gcc;kernel;AddressSpace::find(unsigned long) 1
gcc;kernel;FdTable::clone() 1
gcc;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 1
gcc;kernel;fpu::handle_nm(TrapFrame*) 1
gcc;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
gcc;kernel;inode::(anonymous namespace)::lru_add(Inode*) 1
gcc;kernel;kstrlen(char const*) 1
gcc;kernel;memcmp 1
gcc;kernel;pmm::alloc_pages(unsigned long) 1
gcc;kernel;proc::exit_group(int) 1
gcc;kernel;ptrace::traces_syscalls(Task*) 1
gcc;kernel;pty::inherit_ctty(Process*, Process const*) 1
gcc;kernel;sys_execve(SyscallArgs&) 1
gcc;kernel;sys_newfstatat(SyscallArgs&) 1
gcc;kernel;trap_dispatch 1
gcc;kernel;trap_return 1
gcc;kernel;traps::handle_page_fault(TrapFrame*) 1
gcc;kernel;vfs::d_path(Path const&, char*, unsigned int) 1
gcc;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
gcc;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
gcc;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
gcc;vmlib;vmlib::guest_read(unsigned long, void*, unsigned long) 1
gcc;vmlib;vmlib::load_gs_base(unsigned long) 1
gcc;vmlib;vmlib::resume_user(tandem_regs&) 1
gcc;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
gcc;vmlib;vmlib::uo::find_block(unsigned long) 1
gcc;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
getconf;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
grep;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
grep;kernel;cmdline::strace() 1
grep;kernel;entropy::(anonymous namespace)::quarter(unsigned int*, int, int, int, int) 1
grep;kernel;isr_stub_32 1
grep;kernel;kstrlen(char const*) 1
grep;kernel;memcpy 1
grep;kernel;pmm::take_run(unsigned long) 1
grep;kernel;ptrace::traces_syscalls(Task*) 1
grep;kernel;sys_mmap(SyscallArgs&) 1
grep;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
grep;vmlib;vmlib::find_site(unsigned long) 1
grep;vmlib;vmlib::uo::host_timer_in(unsigned long) 1
grep;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
grep;vmlib;vmlib::uo::reflect_ahead() 1
grep;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
hostname;kernel;isr_stub_14 1
hostname;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
hostname;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
ld;kernel;(anonymous namespace)::RegularFile::seek(long, int) 1
ld;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
ld;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
ld;kernel;AddressSpace::set_brk(unsigned long) 1
ld;kernel;AddressSpace::try_merge(Vma*) 1
ld;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
ld;kernel;FdTable::close(int) 1
ld;kernel;File::path_inode() 1
ld;kernel;PageCache::insert(unsigned long, unsigned long) 1
ld;kernel;__strncpy_user 1
ld;kernel;dcache::put(Dentry*) 1
ld;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
ld;kernel;inode::get(Inode*) 1
ld;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
ld;kernel;itimer::expire(unsigned long) 1
ld;kernel;pmm::alloc_run(unsigned long) 1
ld;kernel;proc::count() 1
ld;kernel;pty::drop_ctty(Process*) 1
ld;kernel;sched::PreemptGuard::~PreemptGuard() 1
ld;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
ld;kernel;sys_read(SyscallArgs&) 1
ld;kernel;sys_write(SyscallArgs&) 1
ld;kernel;trap_dispatch 1
ld;kernel;trap_return 1
ld;kernel;traps::exit_to_user(TrapFrame*) 1
ld;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
ld;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
ld;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
ld;kernel;vfs::readlink(int, char const*, char*, unsigned int) 1
ld;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
ld;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
ld;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::guest_read(unsigned long, void*, unsigned long) 1
ld;vmlib;vmlib::real_user_flags(unsigned long) 1
ld;vmlib;vmlib::site_handler(unsigned short) 1
ld;vmlib;vmlib::uo::host_timer_in(unsigned long) 1
ld;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
ln;kernel;fsvc::(anonymous namespace)::FsvcFs::symlink(Inode*, char const*, unsigned int, char const*, Inode**) 1
ln;kernel;syscall_entry 1
ln;vmlib;vmlib::handle_syscall(tandem_regs&) 1
ln;vmlib;vmlib_resume_kernel_asm 1
ls;kernel;syscall_entry 1
ls;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
ls;user 1
ls;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
make;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
make;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
make;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
make;kernel;FdTable::clone() 1
make;kernel;PageCache::find(unsigned long) const 1
make;kernel;fsvc::(anonymous namespace)::FsvcFs::lookup(Inode*, char const*, unsigned int, Inode**) 1
make;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
make;kernel;kstrlen(char const*) 1
make;kernel;memcpy 1
make;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
make;kernel;pmm::put(unsigned long) 1
make;kernel;sched::create_task(char const*, void (*)(void*), void*) 1
make;kernel;syscall_dispatch 1
make;kernel;trap_return 1
make;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
make;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
make;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
make;vmlib;vmlib::resume_user(tandem_regs&) 1
make;vmlib;vmlib::uo::reflect_ahead() 1
mawk;kernel;__copy_user 1
mawk;kernel;signal::pending_work(Task*) 1
mawk;vmlib;vmlib::find_site(unsigned long) 1
mawk;vmlib;vmlib::handle_syscall(tandem_regs&) 1
mawk;vmlib;vmlib::uo::reflect_ahead() 1
mkdir;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
mkdir;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
mkdir;vmlib;vmlib::find_site(unsigned long) 1
mkdir;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
mkdir;vmlib;vmlib::uo::find_block(unsigned long) 1
mkdir;vmlib;vmlib::uo::reflect_ahead() 1
mktemp;vmlib;vmlib::handle_syscall(tandem_regs&) 1
mktemp;vmproc;port i/o 1
msgfmt;kernel;memcpy 1
msgfmt;kernel;syscall_entry 1
msgfmt;vmlib;vmlib::find_site(unsigned long) 1
msgfmt;vmlib;vmlib::handle_syscall(tandem_regs&) 1
msgfmt;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
msgmerge;kernel;PageCache::find(unsigned long) const 1
msgmerge;kernel;inode::get(Inode*) 1
msgmerge;kernel;memcpy 1
mt;kernel;futex::wake(unsigned long, bool, int, unsigned int) 1
mt;user 1
mv;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
mv;kernel;AddressSpace::range_free(unsigned long, unsigned long) 1
mv;kernel;AddressSpace::try_merge(Vma*) 1
mv;kernel;FdTable::put() 1
mv;kernel;memset 1
mv;kernel;sys_munmap(SyscallArgs&) 1
mv;kernel;trap_dispatch 1
mv;kernel;trap_return 1
mv;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
mv;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
mv;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
mv;vmlib;vmlib::load_gs_base(unsigned long) 1
mv;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
mv;vmlib;vmlib_site_dispatch 1
nm;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
nm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
nm;kernel;PageCache::find(unsigned long) const 1
nm;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
nm;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
nm;vmlib;vmlib::uo::reflect_ahead() 1
objdump;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
od;vmproc;port i/o 1
ranlib;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
ranlib;kernel;memset 1
ranlib;kernel;pmm::put(unsigned long) 1
ranlib;vmlib;vmlib::find_site(unsigned long) 1
ranlib;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
rm;kernel;(anonymous namespace)::exec_depth(char const*, char const* const*, unsigned int, char const* const*, unsigned int, char const**, unsigned int) 1
rm;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
rm;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
rm;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
rm;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
rm;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
rm;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
rm;kernel;__copy_user 1
rm;kernel;fpu::handle_nm(TrapFrame*) 1
rm;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
rm;kernel;inode::put(Inode*) 1
rm;kernel;kfree(void*) 1
rm;kernel;pmm::alloc_pages(unsigned long) 1
rm;kernel;pmm::free_pages(unsigned long, unsigned long) 1
rm;kernel;pmm::take_run(unsigned long) 1
rm;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
rm;kernel;sys_execve(SyscallArgs&) 1
rm;kernel;sys_mmap(SyscallArgs&) 1
rm;kernel;trap_common 1
rm;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
rm;vmlib;trap_common 1
rm;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
rm;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
rm;vmlib;vmlib::load_gs_base(unsigned long) 1
rm;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
rm;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
rm;vmlib;vmlib_resume_kernel_asm 1
rmdir;kernel;trap_dispatch 1
rmdir;vmlib;__vmlib_site 1
sed;kernel;(anonymous namespace)::Procfs::lookup(Inode*, char const*, unsigned int, Inode**) 1
sed;kernel;(anonymous namespace)::Procfs::open_special(Inode*, unsigned int, long*) 1
sed;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
sed;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
sed;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
sed;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
sed;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
sed;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
sed;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
sed;kernel;File::stat(LinuxStat*) 1
sed;kernel;WaitQueue::wake_all() 1
sed;kernel;__copy_user 1
sed;kernel;futex::wake(unsigned long, bool, int, unsigned int) 1
sed;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
sed;kernel;inode::get(Inode*) 1
sed;kernel;inode::put(Inode*) 1
sed;kernel;kmalloc(unsigned long) 1
sed;kernel;kstrlen(char const*) 1
sed;kernel;pmm::put(unsigned long) 1
sed;kernel;pmm::total_count() 1
sed;kernel;pollwait::notify() 1
sed;kernel;pty::drop_ctty(Process*) 1
sed;kernel;sched::PreemptGuard::~PreemptGuard() 1
sed;kernel;sched::schedule() 1
sed;kernel;sys_close(SyscallArgs&) 1
sed;kernel;sys_mmap(SyscallArgs&) 1
sed;kernel;traps::handle_page_fault(TrapFrame*) 1
sed;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
sed;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
sed;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
sed;kernel;vmm::flush_page(unsigned long, unsigned long) 1
sed;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
sed;vmlib;syscall_entry 1
sed;vmlib;trap_return 1
sed;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
sed;vmlib;vmlib::site_handler(unsigned short) 1
sed;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
sed;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
sed;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
sh;kernel;context_switch 1
sh;kernel;kfree(void*) 1
sh;kernel;memcpy 1
sh;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
sh;kernel;pmm::free_pages(unsigned long, unsigned long) 1
sh;kernel;syscall_dispatch 1
sh;vmlib;__vmlib_site 1
sh;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
sh;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
sh;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
sh;vmlib;vmlib_site_dispatch 1
sh;vmlib;vmlib_space_hand_off 1
sleep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
sleep;vmproc;port i/o 1
sort;kernel;dcache::get(Dentry*) 1
sort;vmlib;vmlib::handle_syscall(tandem_regs&) 1
strip;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
touch;vmproc;port i/o 1
tr;user 1
true;kernel;isr_stub_14 1
true;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
true;vmlib;vmlib_host_syscall 1
uname;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
uname;kernel;isr_stub_14 1
uname;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
uname;vmlib;vmlib::find_site(unsigned long) 1
uname;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
uname;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
uniq;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
xgettext;kernel;isr_stub_14 1
xgettext;kernel;memcmp 1
xgettext;vmlib;__vmlib_site 1
xgettext;vmlib;vmlib::handle_syscall(tandem_regs&) 1
xgettext;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
