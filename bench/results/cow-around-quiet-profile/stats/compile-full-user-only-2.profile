cc1;user 20043
bash;vmlib;vmlib_host_syscall 5017
bash;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4684
cc1;vmlib;vmlib_host_syscall 2734
[no program];vmlib;vmlib_host_syscall 2186
bash;user 1409
ld;user 1177
as;user 902
cc1;vmlib;vmlib::handle_syscall(tandem_regs&) 868
cc1;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 810
bash;vmlib;vmlib::handle_syscall(tandem_regs&) 582
as;vmlib;vmlib_host_syscall 579
sed;vmlib;vmlib_host_syscall 578
ld;vmlib;vmlib_host_syscall 568
ld;vmlib;vmlib::handle_syscall(tandem_regs&) 475
rm;vmlib;vmlib_host_syscall 473
bash;vmproc;port i/o 394
sed;user 381
gcc;vmlib;vmlib_host_syscall 371
as;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 338
rm;user 281
cat;vmlib;vmlib_host_syscall 267
cc1;kernel;syscall_entry 249
sed;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 240
gcc;user 239
bash;kernel;isr_stub_14 230
ld;vmproc;port i/o 223
cc1;kernel;memset 209
bash;kernel;syscall_entry 207
sh;vmlib;vmlib_host_syscall 197
rm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 182
mv;vmlib;vmlib_host_syscall 165
ld;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 156
cc1;vmproc;port i/o 152
ld;kernel;syscall_entry 143
as;vmproc;port i/o 141
cc1;kernel;isr_stub_14 135
gcc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 129
bash;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 126
rm;vmproc;port i/o 115
[no program];kernel;pmm::put(unsigned long) 113
cat;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 107
gcc;vmlib;vmlib::handle_syscall(tandem_regs&) 103
cc1;vmlib;vmlib_site_dispatch 102
bash;kernel;memcpy 101
cat;user 101
collect2;vmlib;vmlib_host_syscall 99
sed;vmlib;vmlib::handle_syscall(tandem_regs&) 98
[no program];kernel;vmm::(anonymous namespace)::free_table(unsigned long, int) 91
cc1;vmlib;vmlib::find_site(unsigned long) 88
ar;vmlib;vmlib_host_syscall 85
grep;vmlib;vmlib_host_syscall 84
mv;user 83
ar;vmproc;port i/o 81
bash;vmlib;vmlib::find_site(unsigned long) 80
as;vmlib;vmlib::handle_syscall(tandem_regs&) 77
bash;vmlib;vmlib_site_dispatch 77
cc1;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 76
bash;vmlib;vmlib::uo::flush_user_window() 74
gcc;vmproc;port i/o 72
make;vmlib;vmlib::handle_syscall(tandem_regs&) 71
mv;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 64
rm;vmlib;vmlib::handle_syscall(tandem_regs&) 58
make;user 57
mv;vmproc;port i/o 54
ld;kernel;memset 53
cc1;kernel;pmm::get(unsigned long) 52
mkdir;vmlib;vmlib_host_syscall 51
cc1;kernel;PageCache::find(unsigned long) const 48
ar;user 47
collect2;user 47
bash;kernel;vmm::walk(unsigned long, unsigned long, bool) 43
grep;user 43
grep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 43
as;kernel;isr_stub_14 41
ar;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 38
bash;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 38
cat;vmlib;vmlib::handle_syscall(tandem_regs&) 38
nm;vmlib;vmlib_host_syscall 38
cc1;vmlib;vmlib::resume_kernel(tandem_regs&) 37
bash;vmlib;vmlib::resume_kernel(tandem_regs&) 36
cc1;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 36
make;vmlib;vmlib_host_syscall 35
sed;kernel;isr_stub_14 35
cc1;vmlib;__vmlib_site 34
bash;kernel;pmm::get(unsigned long) 33
collect2;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 32
mv;vmlib;vmlib::handle_syscall(tandem_regs&) 32
[no program];vmlib;vmlib::find_site(unsigned long) 31
bash;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 31
bash;vmlib;__vmlib_site 31
mkdir;user 31
bash;kernel;memset 30
cc1;vmlib;vmlib::uo::reflect_ahead() 30
sed;kernel;syscall_entry 29
[no program];vmlib;vmlib_site_dispatch 28
cc1;kernel;pmm::take_run(unsigned long) 28
cc1;vmlib;vmlib::uo::find_block(unsigned long) 28
ld;vmlib;vmlib_site_dispatch 28
bash;kernel;pmm::put(unsigned long) 27
collect2;vmlib;vmlib::handle_syscall(tandem_regs&) 27
mkdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 27
bash;vmlib;vmlib::uo::reflect_ahead() 25
cc1;kernel;dcache::find(Dentry*, char const*, unsigned int) 25
bash;kernel;pmm::refcount(unsigned long) 24
[no program];kernel;vmm::destroy_root(unsigned long) 23
bash;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 23
bash;vmlib;vmlib::uo::find_block(unsigned long) 23
cat;vmproc;port i/o 23
gcc;kernel;syscall_entry 23
nm;user 23
ranlib;vmlib;vmlib_host_syscall 23
[no program];vmlib;vmlib::resume_kernel(tandem_regs&) 22
cc1;kernel;isr_stub_32 22
nm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 22
rm;kernel;isr_stub_14 22
ld;kernel;isr_stub_14 21
make;vmproc;port i/o 21
as;kernel;syscall_entry 20
bash;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 20
cc1;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 20
cc1;vmlib;vmlib_resume_kernel_asm 20
[no program];vmlib;vmlib_resume_kernel_asm 19
cc1;kernel;vmm::walk(unsigned long, unsigned long, bool) 19
cc1;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 19
ld;vmlib;vmlib::find_site(unsigned long) 19
ranlib;user 19
ar;kernel;memcpy 18
as;kernel;memcpy 18
bash;kernel;AddressSpace::clone_cow() 18
bash;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 18
bash;vmlib;vmlib_resume_kernel_asm 17
dirname;vmlib;vmlib_host_syscall 17
gcc;vmlib;vmlib::find_site(unsigned long) 17
xgettext;vmproc;port i/o 17
bash;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 16
bash;kernel;__strncpy_user 16
make;kernel;syscall_entry 16
rm;kernel;syscall_entry 16
[no program];kernel;AddressSpace::write_back(unsigned long, unsigned long) 15
cc1;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 15
cat;kernel;isr_stub_14 14
cc1;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 14
ld;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 14
make;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 14
mawk;vmlib;vmlib_host_syscall 14
ar;vmlib;vmlib::handle_syscall(tandem_regs&) 13
basename;vmlib;vmlib_host_syscall 13
bash;kernel;PageCache::find(unsigned long) const 13
bash;kernel;kmalloc(unsigned long) 13
bash;kernel;traps::handle_page_fault(TrapFrame*) 13
ln;vmlib;vmlib_host_syscall 13
rm;vmlib;vmlib_site_dispatch 13
sed;vmlib;vmlib_site_dispatch 13
[no program];vmlib;__vmlib_site 12
[no program];vmproc;port i/o 12
as;vmlib;vmlib::find_site(unsigned long) 12
bash;kernel;__copy_user 12
bash;vmlib;vmlib::uo::page_now(unsigned long) 12
cc1;kernel;kmalloc(unsigned long) 12
gcc;kernel;isr_stub_14 12
gcc;vmlib;vmlib_site_dispatch 12
ld;vmlib;__vmlib_site 12
sed;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 12
uname;vmlib;vmlib_host_syscall 12
as;kernel;memset 11
bash;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 11
bash;kernel;pmm::take_run(unsigned long) 11
bash;vmlib;vmlib::enter_user_direct(tandem_regs&) 11
cc1;kernel;(anonymous namespace)::do_readlink(unsigned long, unsigned long, unsigned long, unsigned long) 11
cc1;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 11
grep;vmlib;vmlib::handle_syscall(tandem_regs&) 11
mawk;user 11
msgfmt;vmlib;vmlib_host_syscall 11
sed;vmlib;vmlib::find_site(unsigned long) 11
sed;vmproc;port i/o 11
xgettext;user 11
[no program];kernel;FdTable::close_on_exec() 10
as;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 10
as;vmlib;vmlib_site_dispatch 10
bash;kernel;dcache::find(Dentry*, char const*, unsigned int) 10
bash;kernel;fpu::handle_nm(TrapFrame*) 10
bash;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 10
cc1;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 10
dirname;user 10
ld;vmlib;vmlib::resume_kernel(tandem_regs&) 10
mkdir;vmlib;vmlib::handle_syscall(tandem_regs&) 10
msgmerge;vmlib;vmlib_host_syscall 10
ranlib;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 10
ranlib;vmproc;port i/o 10
xgettext;vmlib;vmlib_host_syscall 10
bash;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 9
bash;vmlib;vmlib::site_handler(unsigned short) 9
bash;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 9
bash;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 9
cat;kernel;syscall_entry 9
cc1;kernel;mounts::on(Mount*, Dentry*) 9
collect2;kernel;isr_stub_14 9
conftest;vmlib;vmlib_host_syscall 9
expr;user 9
gcc;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 9
ld;kernel;PageCache::find(unsigned long) const 9
ld;vmlib;vmlib::load_gs_base(unsigned long) 9
ln;user 9
mv;kernel;isr_stub_14 9
rm;vmlib;vmlib::find_site(unsigned long) 9
sh;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 9
[no program];kernel;inode::put(Inode*) 8
awk;vmlib;vmlib_host_syscall 8
bash;kernel;context_switch 8
bash;vmlib;tandem_x86_irq_deliverable 8
bash;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 8
bash;vmlib;vmlib::load_gs_base(unsigned long) 8
cc1;kernel;__copy_user 8
cc1;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 8
cc1;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 8
cc1;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 8
cc;vmlib;vmlib_host_syscall 8
collect2;kernel;syscall_entry 8
conftest;vmlib;vmlib::handle_syscall(tandem_regs&) 8
expr;vmlib;vmlib_host_syscall 8
gcc;vmlib;vmlib::resume_kernel(tandem_regs&) 8
ld;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 8
ld;vmlib;vmlib::uo::find_block(unsigned long) 8
msgfmt;user 8
sed;kernel;PageCache::find(unsigned long) const 8
sed;kernel;dcache::find(Dentry*, char const*, unsigned int) 8
[no program];kernel;AddressSpace::put() 7
[no program];kernel;program_names::forget(unsigned long) 7
ar;kernel;isr_stub_14 7
as;kernel;pmm::get(unsigned long) 7
as;vmlib;vmlib::uo::reflect_ahead() 7
basename;user 7
bash;kernel;sched::schedule() 7
bash;kernel;syscall_dispatch 7
cat;vmlib;vmlib_site_dispatch 7
cc1;kernel;itimer::expire(unsigned long) 7
cc1;kernel;memcmp 7
cc1;kernel;pmm::alloc_pages(unsigned long) 7
cc1;kernel;trap_return 7
cc1;vmlib;tandem_x86_irq_deliverable 7
cc1;vmlib;vmlib::enter_user_direct(tandem_regs&) 7
cc1;vmlib;vmlib::load_gs_base(unsigned long) 7
grep;vmproc;port i/o 7
ld;kernel;syscall_dispatch 7
ld;vmlib;vmlib_resume_kernel_asm 7
msgmerge;user 7
mv;kernel;syscall_entry 7
mv;vmlib;vmlib::find_site(unsigned long) 7
nm;kernel;isr_stub_14 7
rm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 7
uname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
xgettext;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
ar;kernel;memset 6
as;vmlib;vmlib::uo::find_block(unsigned long) 6
bash;kernel;trap_dispatch 6
bash;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 6
cc1;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 6
cc1;kernel;pmm::info(unsigned long) 6
cc1;kernel;pmm::put(unsigned long) 6
cc1;kernel;traps::handle_page_fault(TrapFrame*) 6
cc1;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 6
cc1;vmlib;vmlib::resume_user(tandem_regs&) 6
cc1;vmlib;vmlib::uo::flush_user_window() 6
gcc;kernel;PageCache::find(unsigned long) const 6
gcc;kernel;memset 6
gcc;vmlib;vmlib_resume_kernel_asm 6
ld;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 6
ld;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 6
ld;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 6
ln;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
msgfmt;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
rm;kernel;PageCache::find(unsigned long) const 6
rmdir;vmlib;vmlib_host_syscall 6
sed;kernel;memset 6
sed;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 6
sed;vmlib;vmlib::uo::reflect_ahead() 6
sh;vmproc;port i/o 6
sort;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
sort;vmlib;vmlib_host_syscall 6
[no program];vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 5
as;kernel;PageCache::find(unsigned long) const 5
bash;kernel;itimer::expire(unsigned long) 5
bash;vmlib;vmlib_space_resume 5
cat;kernel;pmm::get(unsigned long) 5
cat;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
cc1;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 5
cc1;kernel;__strncpy_user 5
cc1;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 5
cc1;kernel;ptrace::traces_syscalls(Task*) 5
cc1;kernel;signal::pending_work(Task*) 5
cc1;vmlib;syscall_entry 5
cc1;vmlib;vmlib::resume(tandem_regs&) 5
cc1;vmlib;vmlib::uo::page_now(unsigned long) 5
cc1;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 5
collect2;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 5
collect2;vmproc;port i/o 5
conftest;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
gcc;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 5
hostname;vmlib;vmlib_host_syscall 5
ld;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 5
msgmerge;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
mv;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
ranlib;vmlib;vmlib::handle_syscall(tandem_regs&) 5
rm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
sed;vmlib;vmlib::resume_kernel(tandem_regs&) 5
sh;kernel;kfree(void*) 5
sh;user 5
[no program];kernel;exec::execute(ExecRequest const&, char const**) 4
[no program];vmlib;tandem_x86_irq_deliverable 4
ar;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 4
ar;vmlib;vmlib_site_dispatch 4
arch;vmlib;vmlib_host_syscall 4
as;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
as;kernel;pmm::put(unsigned long) 4
bash;kernel;(anonymous namespace)::put_number((anonymous namespace)::Sink&, unsigned long, unsigned int, int, bool, bool) 4
bash;kernel;isr_stub_32 4
bash;kernel;trap_return 4
bash;vmlib;syscall_entry 4
bash;vmlib;trap_return 4
bash;vmlib;vmlib::resume_user(tandem_regs&) 4
bash;vmlib;vmlib::uo::flush_user_page(unsigned long) 4
cc1;kernel;inode::fill_stat(Inode const*, LinuxStat*) 4
cc1;kernel;memcpy 4
cc1;kernel;pmm::alloc_run(unsigned long) 4
cc1;kernel;strncpy_from_user(char*, char const*, unsigned long) 4
cc1;kernel;trap_dispatch 4
chmod;user 4
chmod;vmlib;vmlib_host_syscall 4
collect2;vmlib;vmlib_site_dispatch 4
dirname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
expr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
gcc;kernel;dcache::find(Dentry*, char const*, unsigned int) 4
gcc;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 4
gcc;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 4
ld;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
ld;kernel;AddressSpace::write_back(unsigned long, unsigned long) 4
ld;kernel;dcache::find(Dentry*, char const*, unsigned int) 4
ld;vmlib;vmlib::enter_user_direct(tandem_regs&) 4
ld;vmlib;vmlib::uo::reflect_ahead() 4
make;vmlib;vmlib::find_site(unsigned long) 4
make;vmlib;vmlib_site_dispatch 4
mv;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 4
ranlib;vmlib;vmlib_site_dispatch 4
sed;vmlib;vmlib::uo::find_block(unsigned long) 4
sh;kernel;context_switch 4
uname;user 4
[no program];kernel;kfree(void*) 3
[no program];kernel;pmm::(anonymous namespace)::note_word(unsigned long) 3
[no program];vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 3
[no program];vmlib;vmlib::site_handler(unsigned short) 3
[no program];vmlib;vmlib_space_resume 3
ar;kernel;syscall_entry 3
as;kernel;pmm::take_run(unsigned long) 3
as;kernel;vmm::walk(unsigned long, unsigned long, bool) 3
as;vmlib;vmlib::resume_kernel(tandem_regs&) 3
basename;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
bash;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 3
bash;kernel;AddressSpace::populate(unsigned long) 3
bash;kernel;FdTable::clone() 3
bash;kernel;FdTable::put() 3
bash;kernel;kfree(void*) 3
bash;kernel;mounts::on(Mount*, Dentry*) 3
bash;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 3
bash;kernel;proc::release_zombie(Process*) 3
bash;kernel;signal::pending_work(Task*) 3
bash;kernel;trap_common 3
bash;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 3
bash;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 3
bash;vmlib;vmlib::resume(tandem_regs&) 3
bash;vmlib;vmlib::uo::key_is_sound(unsigned long) 3
cat;kernel;PageCache::find(unsigned long) const 3
cat;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 3
cat;vmlib;vmlib::uo::reflect_ahead() 3
cc1;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 3
cc1;kernel;cputime::tick(bool, bool, unsigned int) 3
cc1;kernel;syscall_dispatch 3
cc1;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 3
cc1;vmlib;trap_return 3
cc1;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 3
cc1;vmlib;vmlib::site_handler(unsigned short) 3
cc1;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 3
cc;kernel;memset 3
chmod;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
collect2;vmlib;vmlib::find_site(unsigned long) 3
date;user 3
diff;user 3
dirname;vmlib;vmlib::handle_syscall(tandem_regs&) 3
expr;vmlib;vmlib::handle_syscall(tandem_regs&) 3
gcc;kernel;AddressSpace::discard(unsigned long, unsigned long) 3
gcc;kernel;AddressSpace::find(unsigned long) 3
gcc;kernel;__strncpy_user 3
gcc;kernel;fpu::handle_nm(TrapFrame*) 3
gcc;vmlib;__vmlib_site 3
grep;kernel;isr_stub_14 3
ld;kernel;inode::fill_stat(Inode const*, LinuxStat*) 3
ld;kernel;isr_stub_32 3
ld;kernel;pmm::put(unsigned long) 3
ld;kernel;ptrace::traces_syscalls(Task*) 3
ld;kernel;sys_lseek(SyscallArgs&) 3
ld;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 3
ld;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 3
ld;vmlib;vmlib::site_handler(unsigned short) 3
ld;vmlib;vmlib::uo::flush_user_window() 3
ls;user 3
make;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 3
make;vmlib;vmlib_resume_kernel_asm 3
mawk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
mkdir;kernel;isr_stub_14 3
mktemp;vmlib;vmlib_host_syscall 3
msgfmt;vmlib;vmlib::handle_syscall(tandem_regs&) 3
mv;vmlib;__vmlib_site 3
mv;vmlib;vmlib_site_dispatch 3
ranlib;kernel;isr_stub_14 3
rm;kernel;dcache::find(Dentry*, char const*, unsigned int) 3
rm;kernel;memcpy 3
rm;kernel;memset 3
rm;vmlib;vmlib::uo::find_block(unsigned long) 3
rm;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 3
rm;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 3
rm;vmlib;vmlib::uo::reflect_ahead() 3
rmdir;user 3
sed;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 3
sed;kernel;memcpy 3
sed;kernel;pmm::get(unsigned long) 3
sh;kernel;memset 3
sh;kernel;sched::schedule() 3
tr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
uname;vmlib;vmlib::handle_syscall(tandem_regs&) 3
xgettext;vmlib;vmlib::handle_syscall(tandem_regs&) 3
[no program];kernel;sched::wake(Task*) 2
[no program];kernel;signal::(anonymous namespace)::post_process(Process*, int, signal::SigSource const&, bool) 2
[no program];vmlib;tandem_x86_virtual_flags 2
[no program];vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
[no program];vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 2
ar;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
ar;kernel;PageCache::find(unsigned long) const 2
ar;vmlib;vmlib::uo::find_block(unsigned long) 2
as;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
as;kernel;isr_stub_32 2
as;kernel;syscall_dispatch 2
as;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 2
as;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
as;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
as;vmlib;vmlib_resume_kernel_asm 2
bash;kernel;(anonymous namespace)::PipeEnd::transfer_in(void const*, unsigned long, bool) [clone .part.0] 2
bash;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 2
bash;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 2
bash;kernel;AddressSpace::try_merge(Vma*) 2
bash;kernel;Process* knew<Process>() 2
bash;kernel;dcache::put(Dentry*) 2
bash;kernel;exec::execute(ExecRequest const&, char const**) 2
bash;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 2
bash;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 2
bash;kernel;inode::get(Inode*) 2
bash;kernel;pipe::create(File**, File**, unsigned int) 2
bash;kernel;pmm::alloc_page_nozero() 2
bash;kernel;proc::clone(CloneRequest const&, TrapFrame*) 2
bash;kernel;ptrace::signal_stop(Task*, int, signal::SigSource*) 2
bash;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 2
bash;kernel;strncpy_from_user(char*, char const*, unsigned long) 2
bash;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 2
bash;vmlib;tandem_x86_virtual_flags 2
bash;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 2
bash;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 2
bash;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 2
bash;vmlib;vmlib_space_hand_off 2
cat;kernel;memset 2
cat;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
cat;vmlib;vmlib::find_site(unsigned long) 2
cat;vmlib;vmlib::uo::find_block(unsigned long) 2
cat;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 2
cat;vmlib;vmlib_resume_kernel_asm 2
cc1;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 2
cc1;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
cc1;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
cc1;kernel;AddressSpace::unmap(unsigned long, unsigned long) 2
cc1;kernel;FdTable::install(File*, int, bool) 2
cc1;kernel;File::path_inode() 2
cc1;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 2
cc1;kernel;cmdline::strace() 2
cc1;kernel;dcache::get(Dentry*) 2
cc1;kernel;dcache::put(Dentry*) 2
cc1;kernel;kfree(void*) 2
cc1;kernel;pmm::free_pages(unsigned long, unsigned long) 2
cc1;kernel;pmm::refcount(unsigned long) 2
cc1;kernel;sched::PreemptGuard::PreemptGuard() 2
cc1;kernel;trap_common 2
cc1;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 2
cc1;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::uo::key_is_sound(unsigned long) 2
cc;user 2
chmod;vmlib;vmlib::handle_syscall(tandem_regs&) 2
cmp;vmlib;vmlib_host_syscall 2
collect2;kernel;PageCache::find(unsigned long) const 2
collect2;kernel;dcache::find(Dentry*, char const*, unsigned int) 2
collect2;kernel;kfree(void*) 2
collect2;kernel;memcmp 2
collect2;kernel;memset 2
collect2;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
conftest;kernel;syscall_entry 2
conftest;vmproc;port i/o 2
cp;vmlib;vmlib_host_syscall 2
date;vmlib;vmlib_host_syscall 2
dd;user 2
dd;vmlib;vmlib_host_syscall 2
diff;vmlib;vmlib_host_syscall 2
file;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
file;vmlib;vmlib_host_syscall 2
file;vmproc;port i/o 2
gcc;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 2
gcc;kernel;dcache::put(Dentry*) 2
gcc;kernel;exec::execute(ExecRequest const&, char const**) 2
gcc;kernel;kfree(void*) 2
gcc;kernel;kstrlen(char const*) 2
gcc;kernel;pipe::create(File**, File**, unsigned int) 2
gcc;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 2
gcc;kernel;pmm::get(unsigned long) 2
gcc;kernel;strncpy_from_user(char*, char const*, unsigned long) 2
gcc;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 2
gcc;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
gcc;vmlib;vmlib::uo::find_block(unsigned long) 2
gcc;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
grep;kernel;memcpy 2
grep;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
grep;vmlib;vmlib_site_dispatch 2
hostname;user 2
ld;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 2
ld;kernel;AddressSpace::discard(unsigned long, unsigned long) 2
ld;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 2
ld;kernel;__copy_user 2
ld;kernel;itimer::expire(unsigned long) 2
ld;kernel;kmalloc(unsigned long) 2
ld;kernel;pmm::get(unsigned long) 2
ld;kernel;pmm::take_run(unsigned long) 2
ld;kernel;sys_mmap(SyscallArgs&) 2
ld;kernel;trap_return 2
ld;kernel;vmm::walk(unsigned long, unsigned long, bool) 2
ln;kernel;isr_stub_14 2
ln;vmproc;port i/o 2
ls;vmlib;vmlib::handle_syscall(tandem_regs&) 2
ls;vmlib;vmlib_host_syscall 2
make;vmlib;__vmlib_site 2
make;vmlib;tandem_x86_irq_deliverable 2
mawk;vmlib;vmlib::handle_syscall(tandem_regs&) 2
mawk;vmproc;port i/o 2
mkdir;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
mkdir;vmlib;vmlib::uo::reflect_ahead() 2
mkdir;vmproc;port i/o 2
mv;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
mv;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
mv;kernel;PageCache::find(unsigned long) const 2
mv;kernel;memcpy 2
mv;kernel;pmm::get(unsigned long) 2
mv;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 2
mv;vmlib;vmlib::load_gs_base(unsigned long) 2
mv;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
nm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
nm;kernel;memcpy 2
nm;kernel;syscall_entry 2
nm;vmlib;vmlib::handle_syscall(tandem_regs&) 2
objdump;vmlib;vmlib_host_syscall 2
objdump;vmproc;port i/o 2
od;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
ranlib;kernel;dcache::find(Dentry*, char const*, unsigned int) 2
rm;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 2
rm;vmlib;__vmlib_site 2
rm;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
rm;vmlib;vmlib::resume_kernel(tandem_regs&) 2
rm;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 2
rm;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
rm;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 2
rmdir;vmproc;port i/o 2
sed;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
sed;kernel;FdTable::put() 2
sed;kernel;proc::exit_group(int) 2
sed;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 2
sed;kernel;vmm::walk(unsigned long, unsigned long, bool) 2
sed;vmlib;__vmlib_site 2
sed;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
sed;vmlib;vmlib::site_handler(unsigned short) 2
sed;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
sh;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 2
sh;vmlib;vmlib::find_site(unsigned long) 2
sh;vmlib;vmlib::uo::flush_user_window() 2
tr;user 2
true;user 2
xgettext;kernel;isr_stub_14 2
xgettext;kernel;syscall_entry 2
[no program];kernel;WaitQueue::wake_all() 1
[no program];kernel;fpu::release(Task*) 1
[no program];kernel;memset 1
[no program];kernel;pmm::info(unsigned long) 1
[no program];kernel;ptrace::exit_for_tracer(Process*) 1
[no program];kernel;ptrace::release_tracees(Process*) 1
[no program];kernel;sched::PreemptGuard::~PreemptGuard() 1
[no program];kernel;sched::schedule() 1
[no program];vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
[no program];vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
[no program];vmlib;vmlib::resume(tandem_regs&) 1
[no program];vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
[no program];vmlib;vmlib_space_hand_off 1
ar;kernel;__copy_user 1
ar;kernel;dcache::put(Dentry*) 1
ar;kernel;mounts::on(Mount*, Dentry*) 1
ar;kernel;pmm::get(unsigned long) 1
ar;kernel;pmm::take_run(unsigned long) 1
ar;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
ar;vmlib;vmlib::site_handler(unsigned short) 1
ar;vmlib;vmlib::uo::page_now(unsigned long) 1
ar;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
ar;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
ar;vmlib;vmlib_resume_kernel_asm 1
arch;user 1
arch;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
as;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
as;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
as;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
as;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
as;kernel;AddressSpace::set_brk(unsigned long) 1
as;kernel;FdTable::put() 1
as;kernel;__copy_user 1
as;kernel;cmdline::strace() 1
as;kernel;dcache::put(Dentry*) 1
as;kernel;mounts::on(Mount*, Dentry*) 1
as;kernel;traps::handle_page_fault(TrapFrame*) 1
as;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
as;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
as;vmlib;__vmlib_site 1
as;vmlib;syscall_entry 1
as;vmlib;trap_common 1
as;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
as;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
as;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
as;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
as;vmlib;vmlib::load_gs_base(unsigned long) 1
as;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
as;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
awk;kernel;syscall_entry 1
awk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
awk;vmlib;vmlib::handle_syscall(tandem_regs&) 1
basename;kernel;signal::pending_work(Task*) 1
basename;vmlib;__vmlib_site 1
basename;vmlib;vmlib::handle_syscall(tandem_regs&) 1
bash;kernel;(anonymous namespace)::PipeEnd::write(void const*, unsigned long) 1
bash;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
bash;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
bash;kernel;AddressSpace::create() 1
bash;kernel;AddressSpace::find(unsigned long) 1
bash;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
bash;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
bash;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
bash;kernel;FdTable::close(int) 1
bash;kernel;FdTable::get_file(int) 1
bash;kernel;FdTable::install(File*, int, bool) 1
bash;kernel;File::put() 1
bash;kernel;Layout::choose(bool) 1
bash;kernel;Task::user_frame() const 1
bash;kernel;WaitQueue::sleep_locked() 1
bash;kernel;WaitQueue::wake_all() 1
bash;kernel;cmdline::strace() 1
bash;kernel;dcache::(anonymous namespace)::alloc(Dentry*, char const*, unsigned int, Inode*) 1
bash;kernel;dcache::shrink() 1
bash;kernel;dup_to(unsigned long, unsigned long, bool) 1
bash;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 1
bash;kernel;fpu::switch_to(Task*) 1
bash;kernel;fpu::sync(Task*) 1
bash;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
bash;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
bash;kernel;kstrlcpy(char*, char const*, unsigned long) 1
bash;kernel;memcmp 1
bash;kernel;pmm::alloc_page() 1
bash;kernel;pmm::alloc_pages(unsigned long) 1
bash;kernel;pmm::free_pages(unsigned long, unsigned long) 1
bash;kernel;ptrace::find_report(Process*, long, bool*) 1
bash;kernel;ptrace::traces_syscalls(Task*) 1
bash;kernel;ptrace::trap_pending(Task*) 1
bash;kernel;ptrace::unlink(Process*) 1
bash;kernel;signal::sigreturn(TrapFrame*) 1
bash;kernel;signal::take(Task*, unsigned long, signal::SigSource*) 1
bash;kernel;sys_clone(SyscallArgs&) 1
bash;kernel;sys_close(SyscallArgs&) 1
bash;kernel;sys_fcntl(SyscallArgs&) 1
bash;kernel;sys_geteuid(SyscallArgs&) 1
bash;kernel;sys_getrandom(SyscallArgs&) 1
bash;kernel;sys_pipe2(SyscallArgs&) 1
bash;kernel;sys_rt_sigaction(SyscallArgs&) 1
bash;kernel;sys_set_robust_list(SyscallArgs&) 1
bash;kernel;timer::irq(bool) 1
bash;kernel;traps::exit_to_user(TrapFrame*) 1
bash;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
bash;kernel;vfs::clone_fs_context(FsContext*) 1
bash;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
bash;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
bash;kernel;vmm::flush_all(unsigned long) 1
bash;vmlib;tandem_x86_deliver_once 1
bash;vmlib;trap_common 1
bash;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
bash;vmlib;vmlib::operand_address(tandem_site const&, tandem_regs const&) 1
bash;vmlib;vmlib::uo::take_vcpu() 1
bash;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
bash;vmlib;vmlib::write_kernel(void*, unsigned long, void const*, unsigned long) 1
cat;kernel;(anonymous namespace)::wake_key((anonymous namespace)::Key const&, int, unsigned int) 1
cat;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
cat;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
cat;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
cat;kernel;FdTable::install(File*, int, bool) 1
cat;kernel;dcache::get(Dentry*) 1
cat;kernel;futex::wake(unsigned long, bool, int, unsigned int) 1
cat;kernel;isr_stub_32 1
cat;kernel;kfree(void*) 1
cat;kernel;kmalloc(unsigned long) 1
cat;kernel;memcpy 1
cat;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
cat;kernel;pmm::free_pages(unsigned long, unsigned long) 1
cat;kernel;pmm::put(unsigned long) 1
cat;kernel;pmm::take_run(unsigned long) 1
cat;vmlib;trap_common 1
cat;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
cat;vmlib;vmlib::load_gs_base(unsigned long) 1
cat;vmlib;vmlib::resume_kernel(tandem_regs&) 1
cat;vmlib;vmlib::site_handler(unsigned short) 1
cat;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
cat;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
cat;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
cc1;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
cc1;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
cc1;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
cc1;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
cc1;kernel;AddressSpace::range_free(unsigned long, unsigned long) 1
cc1;kernel;AddressSpace::try_merge(Vma*) 1
cc1;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
cc1;kernel;FdTable::close(int) 1
cc1;kernel;File::stat(LinuxStat*) 1
cc1;kernel;boot::info() 1
cc1;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
cc1;kernel;inode::get(Inode*) 1
cc1;kernel;inode::get_page(Inode*, unsigned long, long*) 1
cc1;kernel;itimer::earliest_deadline() 1
cc1;kernel;pmm::free_count() 1
cc1;kernel;proc::exit_thread(int) 1
cc1;kernel;sched::PreemptGuard::~PreemptGuard() 1
cc1;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
cc1;kernel;sys_close(SyscallArgs&) 1
cc1;kernel;sys_ioctl(SyscallArgs&) 1
cc1;kernel;sys_openat(SyscallArgs&) 1
cc1;kernel;sys_readlink(SyscallArgs&) 1
cc1;kernel;timer::irq(bool) 1
cc1;kernel;traps::exit_to_user(TrapFrame*) 1
cc1;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
cc1;vmlib;trap_common 1
cc1;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::guest_read(unsigned long, void*, unsigned long) 1
cc1;vmlib;vmlib::read_reg(tandem_regs const&, unsigned char, unsigned char) 1
cc;kernel;PageCache::find(unsigned long) const 1
cc;kernel;syscall_entry 1
cc;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
cc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
cc;vmlib;vmlib::handle_syscall(tandem_regs&) 1
cc;vmlib;vmlib::uo::reflect_ahead() 1
cc;vmlib;vmlib_site_dispatch 1
cc;vmproc;port i/o 1
chmod;kernel;isr_stub_14 1
chmod;vmproc;port i/o 1
cmp;kernel;syscall_entry 1
cmp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
collect2;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
collect2;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
collect2;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
collect2;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
collect2;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
collect2;kernel;isr_stub_32 1
collect2;kernel;kmalloc(unsigned long) 1
collect2;kernel;kstrlen(char const*) 1
collect2;kernel;mounts::on(Mount*, Dentry*) 1
collect2;kernel;pmm::get(unsigned long) 1
collect2;kernel;sys_access(SyscallArgs&) 1
collect2;kernel;trap_dispatch 1
collect2;kernel;traps::handle_page_fault(TrapFrame*) 1
collect2;vmlib;__vmlib_site 1
collect2;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
collect2;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
collect2;vmlib;vmlib::load_gs_base(unsigned long) 1
collect2;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
collect2;vmlib;vmlib::uo::find_block(unsigned long) 1
collect2;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
collect2;vmlib;vmlib::uo::reflect_ahead() 1
collect2;vmlib;vmlib_resume_kernel_asm 1
conftest;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
conftest;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
conftest;user 1
conftest;vmlib;vmlib::resume_kernel(tandem_regs&) 1
cp;kernel;isr_stub_14 1
cp;vmlib;vmlib_resume_kernel_asm 1
date;kernel;memset 1
date;vmlib;vmlib::resume_kernel(tandem_regs&) 1
date;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
diff;kernel;trap_return 1
diff;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
diff;vmlib;vmlib::handle_syscall(tandem_regs&) 1
diff;vmlib;vmlib_site_dispatch 1
dirname;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
dirname;kernel;memset 1
dirname;vmlib;vmlib::resume(tandem_regs&) 1
dirname;vmlib;vmlib_resume_kernel_asm 1
echo;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
echo;vmlib;vmlib::handle_syscall(tandem_regs&) 1
echo;vmlib;vmlib_host_syscall 1
expr;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
expr;kernel;isr_stub_14 1
expr;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
expr;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
expr;vmlib;vmlib::find_site(unsigned long) 1
expr;vmlib;vmlib::resume_user(tandem_regs&) 1
expr;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
expr;vmproc;port i/o 1
gcc;kernel;(anonymous namespace)::StringVector::copy_from(unsigned long) [clone .part.0] 1
gcc;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
gcc;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
gcc;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
gcc;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
gcc;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
gcc;kernel;AddressSpace::populate(unsigned long) 1
gcc;kernel;FdTable::close(int) 1
gcc;kernel;FdTable::put() 1
gcc;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
gcc;kernel;cmdline::strace() 1
gcc;kernel;context_switch 1
gcc;kernel;do_pipe(unsigned long, unsigned long) 1
gcc;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 1
gcc;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
gcc;kernel;inode::get_page(Inode*, unsigned long, long*) 1
gcc;kernel;kmalloc(unsigned long) 1
gcc;kernel;kvsnprintf(char*, unsigned long, char const*, __va_list_tag*) 1
gcc;kernel;memcpy 1
gcc;kernel;mounts::on(Mount*, Dentry*) 1
gcc;kernel;pmm::alloc_page() 1
gcc;kernel;pmm::alloc_run(unsigned long) 1
gcc;kernel;pmm::refcount(unsigned long) 1
gcc;kernel;pmm::take_run(unsigned long) 1
gcc;kernel;proc::clone(CloneRequest const&, TrapFrame*) 1
gcc;kernel;ptrace::traces_syscalls(Task*) 1
gcc;kernel;sys_clock_gettime(SyscallArgs&) 1
gcc;kernel;sys_exit_group(SyscallArgs&) 1
gcc;kernel;sys_getcwd(SyscallArgs&) 1
gcc;kernel;sys_mmap(SyscallArgs&) 1
gcc;kernel;sys_newfstatat(SyscallArgs&) 1
gcc;kernel;sys_vfork(SyscallArgs&) 1
gcc;kernel;trap_common 1
gcc;kernel;traps::exit_to_user(TrapFrame*) 1
gcc;kernel;traps::handle_page_fault(TrapFrame*) 1
gcc;kernel;vfs::(anonymous namespace)::parent_and_child(int, char const*, Path*, Dentry**, char const**, unsigned int*) 1
gcc;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
gcc;vmlib;tandem_x86_deliver_once 1
gcc;vmlib;tandem_x86_irq_deliverable 1
gcc;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
gcc;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
gcc;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
gcc;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
gcc;vmlib;vmlib::load_gs_base(unsigned long) 1
gcc;vmlib;vmlib::real_user_flags(unsigned long) 1
gcc;vmlib;vmlib::resume_user(tandem_regs&) 1
gcc;vmlib;vmlib::site_handler(unsigned short) 1
gcc;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
getconf;vmlib;vmlib_host_syscall 1
grep;kernel;(anonymous namespace)::Procfs::lookup(Inode*, char const*, unsigned int, Inode**) 1
grep;kernel;(anonymous namespace)::Procfs::readlink(Inode*, char*, unsigned int) 1
grep;kernel;(anonymous namespace)::RegularFile::pread(void*, unsigned long, unsigned long) 1
grep;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
grep;kernel;PageCache::find(unsigned long) const 1
grep;kernel;__strncpy_user 1
grep;kernel;mounts::on(Mount*, Dentry*) 1
grep;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
grep;kernel;syscall_dispatch 1
grep;kernel;syscall_entry 1
grep;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
grep;vmlib;vmlib::find_site(unsigned long) 1
grep;vmlib;vmlib::resume_kernel(tandem_regs&) 1
grep;vmlib;vmlib::resume_user(tandem_regs&) 1
grep;vmlib;vmlib::uo::find_block(unsigned long) 1
grep;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
grep;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
hostname;kernel;memset 1
hostname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
ld;kernel;(anonymous namespace)::RegularFile::seek(long, int) 1
ld;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
ld;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
ld;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
ld;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
ld;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
ld;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
ld;kernel;AddressSpace::set_brk(unsigned long) 1
ld;kernel;FdTable::get_file(int) 1
ld;kernel;cmdline::strace() 1
ld;kernel;dcache::(anonymous namespace)::alloc(Dentry*, char const*, unsigned int, Inode*) 1
ld;kernel;dcache::put(Dentry*) 1
ld;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
ld;kernel;kfree(void*) 1
ld;kernel;kstrlen(char const*) 1
ld;kernel;memcmp 1
ld;kernel;memcpy 1
ld;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
ld;kernel;pmm::free_pages(unsigned long, unsigned long) 1
ld;kernel;pmm::info(unsigned long) 1
ld;kernel;pmm::refcount(unsigned long) 1
ld;kernel;sched::PreemptGuard::PreemptGuard() 1
ld;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
ld;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
ld;kernel;sys_close(SyscallArgs&) 1
ld;kernel;sys_fcntl(SyscallArgs&) 1
ld;kernel;traps::handle_page_fault(TrapFrame*) 1
ld;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
ld;vmlib;syscall_entry 1
ld;vmlib;tandem_x86_irq_deliverable 1
ld;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
ld;vmlib;vmlib::resume(tandem_regs&) 1
ld;vmlib;vmlib::resume_user(tandem_regs&) 1
ld;vmlib;vmlib::uo::key_is_sound(unsigned long) 1
ld;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
ld;vmlib;vmlib::uo::page_now(unsigned long) 1
ld;vmlib;vmlib::uo::remove_block_at(unsigned int) 1
ld;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
ln;kernel;syscall_entry 1
ln;kernel;vfs::symlink(char const*, int, char const*) 1
ln;vmlib;vmlib::find_site(unsigned long) 1
ln;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
ln;vmlib;vmlib::handle_syscall(tandem_regs&) 1
ln;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
ln;vmlib;vmlib_site_dispatch 1
ls;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
ls;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
make;kernel;AddressSpace::colour_for(unsigned long, bool, unsigned long) 1
make;kernel;AddressSpace::copy_out(unsigned long, void const*, unsigned long) 1
make;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
make;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
make;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
make;kernel;FdTable::clone() 1
make;kernel;FdTable::put() 1
make;kernel;cmdline::strace() 1
make;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
make;kernel;exec::execute(ExecRequest const&, char const**) 1
make;kernel;isr_stub_14 1
make;kernel;memcpy 1
make;kernel;pmm::put(unsigned long) 1
make;kernel;pmm::take_run(unsigned long) 1
make;kernel;syscall_dispatch 1
make;kernel;trap_return 1
make;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
make;vmlib;syscall_entry 1
make;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
make;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
make;vmlib;vmlib::resume_kernel(tandem_regs&) 1
make;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
make;vmlib;vmlib::uo::remove_block_at(unsigned int) 1
mawk;kernel;memset 1
mawk;kernel;pmm::get(unsigned long) 1
mkdir;kernel;AddressSpace::range_free(unsigned long, unsigned long) 1
mkdir;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
mkdir;kernel;memcpy 1
mkdir;vmlib;vmlib::find_site(unsigned long) 1
mkdir;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
mkdir;vmlib;vmlib_site_dispatch 1
mktemp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
mktemp;vmproc;port i/o 1
msgfmt;kernel;isr_stub_14 1
msgfmt;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
msgfmt;vmproc;port i/o 1
msgmerge;vmlib;vmlib::handle_syscall(tandem_regs&) 1
msgmerge;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
msgmerge;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
msgmerge;vmlib;vmlib_site_dispatch 1
mt;vmlib;vmlib_host_syscall 1
mv;kernel;(anonymous namespace)::Procfs::lookup(Inode*, char const*, unsigned int, Inode**) 1
mv;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
mv;kernel;FdTable::close(int) 1
mv;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
mv;kernel;kmalloc(unsigned long) 1
mv;kernel;kstrlen(char const*) 1
mv;kernel;memset 1
mv;kernel;pmm::free_pages(unsigned long, unsigned long) 1
mv;kernel;pmm::take_run(unsigned long) 1
mv;kernel;syscall_dispatch 1
mv;vmlib;tandem_x86_irq_deliverable 1
mv;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
mv;vmlib;vmlib::resume_kernel(tandem_regs&) 1
mv;vmlib;vmlib::resume_user(tandem_regs&) 1
mv;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
mv;vmlib;vmlib_resume_kernel_asm 1
nm;kernel;PageCache::find(unsigned long) const 1
nm;kernel;pmm::get(unsigned long) 1
nm;kernel;pmm::put(unsigned long) 1
nm;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
nm;vmlib;vmlib::find_site(unsigned long) 1
nm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
nm;vmlib;vmlib::uo::reflect_ahead() 1
nm;vmlib;vmlib_resume_kernel_asm 1
objdump;kernel;syscall_entry 1
objdump;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
objdump;vmlib;vmlib::handle_syscall(tandem_regs&) 1
od;user 1
od;vmlib;vmlib_host_syscall 1
ranlib;kernel;pmm::get(unsigned long) 1
ranlib;kernel;syscall_entry 1
ranlib;vmlib;__vmlib_site 1
ranlib;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
ranlib;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
ranlib;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
ranlib;vmlib;vmlib::uo::reflect_ahead() 1
rm;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 1
rm;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
rm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
rm;kernel;FdTable::put() 1
rm;kernel;File::stat(LinuxStat*) 1
rm;kernel;__copy_user 1
rm;kernel;cmdline::strace() 1
rm;kernel;exec::execute(ExecRequest const&, char const**) 1
rm;kernel;ktimer::earliest() 1
rm;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
rm;kernel;pmm::alloc_run(unsigned long) 1
rm;kernel;pmm::get(unsigned long) 1
rm;kernel;pmm::take_run(unsigned long) 1
rm;kernel;sys_brk(SyscallArgs&) 1
rm;kernel;trap_dispatch 1
rm;kernel;traps::handle_page_fault(TrapFrame*) 1
rm;kernel;vfs::put_fs_context(FsContext*) 1
rm;vmlib;trap_common 1
rm;vmlib;vmlib::load_gs_base(unsigned long) 1
rm;vmlib;vmlib::resume(tandem_regs&) 1
rm;vmlib;vmlib::resume_user(tandem_regs&) 1
rm;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
rm;vmlib;vmlib_resume_kernel_asm 1
rmdir;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
rmdir;kernel;PageCache::find(unsigned long) const 1
rmdir;kernel;isr_stub_14 1
rmdir;kernel;syscall_entry 1
rmdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
sed;kernel;(anonymous namespace)::Procfs::lookup(Inode*, char const*, unsigned int, Inode**) 1
sed;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
sed;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
sed;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
sed;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
sed;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
sed;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
sed;kernel;FdTable::install(File*, int, bool) 1
sed;kernel;File::~File() 1
sed;kernel;__copy_user 1
sed;kernel;__strncpy_user 1
sed;kernel;dcache::put(Dentry*) 1
sed;kernel;isr_stub_32 1
sed;kernel;kmalloc(unsigned long) 1
sed;kernel;kstrlen(char const*) 1
sed;kernel;mounts::on(Mount*, Dentry*) 1
sed;kernel;ptrace::traces_syscalls(Task*) 1
sed;kernel;sys_mmap(SyscallArgs&) 1
sed;kernel;sys_openat(SyscallArgs&) 1
sed;kernel;syscall_dispatch 1
sed;kernel;trap_dispatch 1
sed;kernel;trap_return 1
sed;kernel;traps::handle_page_fault(TrapFrame*) 1
sed;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
sed;vmlib;tandem_x86_irq_deliverable 1
sed;vmlib;trap_common 1
sed;vmlib;trap_return 1
sed;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
sed;vmlib;vmlib::resume_user(tandem_regs&) 1
sed;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
sed;vmlib;vmlib_resume_kernel_asm 1
sed;vmlib;vmlib_space_resume 1
sh;kernel;WaitQueue::sleep_locked() 1
sh;kernel;ptrace::find_report(Process*, long, bool*) 1
sh;kernel;sched::load_user_bases(Task*) 1
sh;kernel;syscall_entry 1
sh;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
sh;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
sh;vmlib;vmlib::resume_kernel(tandem_regs&) 1
sh;vmlib;vmlib::site_handler(unsigned short) 1
sh;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
sh;vmlib;vmlib::uo::reflect_ahead() 1
sh;vmlib;vmlib_resume_kernel_asm 1
sh;vmlib;vmlib_site_dispatch 1
sh;vmlib;vmlib_space_resume 1
sleep;user 1
sleep;vmlib;vmlib::handle_syscall(tandem_regs&) 1
sleep;vmlib;vmlib_host_syscall 1
sleep;vmlib;vmlib_site_dispatch 1
sort;user 1
sort;vmproc;port i/o 1
strip;user 1
strip;vmlib;vmlib::resume_kernel(tandem_regs&) 1
strip;vmproc;port i/o 1
touch;vmlib;vmlib::handle_syscall(tandem_regs&) 1
touch;vmlib;vmlib_site_dispatch 1
touch;vmproc;port i/o 1
tr;vmlib;vmlib::handle_syscall(tandem_regs&) 1
tr;vmlib;vmlib_host_syscall 1
uname;kernel;PageCache::find(unsigned long) const 1
uname;kernel;isr_stub_14 1
uname;kernel;kfree(void*) 1
uname;vmlib;vmlib_site_dispatch 1
uniq;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
uniq;vmlib;vmlib_host_syscall 1
xgettext;kernel;pmm::take_run(unsigned long) 1
xgettext;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
xgettext;vmlib;vmlib_resume_kernel_asm 1
