cc1;user 22119
bash;vmlib;vmlib_host_syscall 3025
bash;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2505
cc1;vmlib;vmlib_host_syscall 1936
[no program];vmlib;vmlib_host_syscall 1784
bash;user 1469
ld;user 1391
as;user 956
cc1;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 648
cc1;vmlib;vmlib::handle_syscall(tandem_regs&) 565
as;vmlib;vmlib_host_syscall 458
ld;vmlib;vmlib_host_syscall 394
sed;user 382
bash;vmlib;vmlib::handle_syscall(tandem_regs&) 377
cc1;kernel;memset 351
sed;vmlib;vmlib_host_syscall 338
rm;vmlib;vmlib_host_syscall 301
rm;user 281
bash;kernel;pmm::put(unsigned long) 280
bash;kernel;memcpy 277
gcc;user 273
ld;vmlib;vmlib::handle_syscall(tandem_regs&) 264
bash;vmproc;port i/o 258
cc1;kernel;syscall_entry 233
gcc;vmlib;vmlib_host_syscall 224
bash;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 202
sed;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 198
ld;vmproc;port i/o 192
as;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 187
cat;vmlib;vmlib_host_syscall 177
sh;vmlib;vmlib_host_syscall 157
as;vmproc;port i/o 156
rm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 149
cat;user 147
bash;kernel;syscall_entry 145
cc1;vmlib;vmlib_site_dispatch 134
bash;vmlib;vmlib_site_dispatch 126
ld;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 118
rm;vmproc;port i/o 118
cc1;vmproc;port i/o 117
ld;kernel;syscall_entry 116
bash;vmlib;vmlib::uo::flush_user_window() 114
cc1;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 110
ld;kernel;memset 110
mv;user 107
[no program];kernel;pmm::put(unsigned long) 104
cc1;vmlib;vmlib::find_site(unsigned long) 96
mv;vmlib;vmlib_host_syscall 91
bash;kernel;isr_stub_14 90
collect2;vmlib;vmlib_host_syscall 89
gcc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 89
cc1;kernel;isr_stub_14 87
[no program];vmlib;vmlib_site_dispatch 83
bash;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 78
cat;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 78
bash;vmlib;vmlib::find_site(unsigned long) 70
grep;vmlib;vmlib_host_syscall 64
cc1;kernel;pmm::get(unsigned long) 62
[no program];kernel;vmm::(anonymous namespace)::free_table(unsigned long, int) 60
bash;kernel;pmm::get(unsigned long) 58
gcc;vmlib;vmlib::handle_syscall(tandem_regs&) 58
grep;user 58
bash;kernel;memset 57
mv;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 57
cc1;vmlib;vmlib::resume_kernel(tandem_regs&) 56
sed;vmlib;vmlib::handle_syscall(tandem_regs&) 54
ar;vmlib;vmlib_host_syscall 51
ar;vmproc;port i/o 51
as;vmlib;vmlib::handle_syscall(tandem_regs&) 51
make;user 51
bash;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 50
gcc;vmproc;port i/o 47
bash;vmlib;__vmlib_site 46
as;kernel;memset 45
mv;vmproc;port i/o 45
bash;vmlib;vmlib::resume_kernel(tandem_regs&) 43
cc1;kernel;PageCache::find(unsigned long) const 43
cc1;vmlib;__vmlib_site 43
[no program];vmlib;vmlib::find_site(unsigned long) 41
ld;vmlib;vmlib_site_dispatch 41
cc1;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 40
cat;vmproc;port i/o 39
rm;vmlib;vmlib::handle_syscall(tandem_regs&) 39
ar;user 38
make;vmlib;vmlib::handle_syscall(tandem_regs&) 37
mkdir;vmlib;vmlib_host_syscall 37
bash;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 36
[no program];vmlib;vmlib::resume_kernel(tandem_regs&) 35
cc1;vmlib;vmlib_resume_kernel_asm 35
[no program];vmlib;vmlib_resume_kernel_asm 34
cc1;vmlib;vmlib::uo::find_block(unsigned long) 34
cc1;vmlib;vmlib::uo::reflect_ahead() 34
grep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 34
bash;vmlib;vmlib_resume_kernel_asm 33
nm;vmlib;vmlib_host_syscall 33
collect2;user 32
mkdir;user 32
bash;kernel;vmm::walk(unsigned long, unsigned long, bool) 31
bash;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 31
gcc;kernel;syscall_entry 31
[no program];vmlib;__vmlib_site 30
ar;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 30
sed;kernel;isr_stub_14 30
cc1;kernel;pmm::take_run(unsigned long) 29
bash;kernel;AddressSpace::clone_cow() 28
sed;kernel;syscall_entry 28
cat;vmlib;vmlib::handle_syscall(tandem_regs&) 27
make;vmlib;vmlib_host_syscall 27
mv;vmlib;vmlib::handle_syscall(tandem_regs&) 27
mkdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 26
bash;vmlib;vmlib::uo::find_block(unsigned long) 25
cc1;kernel;dcache::find(Dentry*, char const*, unsigned int) 25
collect2;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 25
as;kernel;isr_stub_14 24
gcc;vmlib;vmlib_site_dispatch 24
nm;user 24
ld;vmlib;vmlib::find_site(unsigned long) 23
bash;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 21
cc1;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 21
cc1;kernel;vmm::walk(unsigned long, unsigned long, bool) 21
cc1;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 21
ld;vmlib;vmlib_resume_kernel_asm 21
make;vmproc;port i/o 21
bash;kernel;pmm::take_run(unsigned long) 20
ld;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 20
as;kernel;syscall_entry 19
bash;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 19
cc1;kernel;kmalloc(unsigned long) 19
rm;kernel;syscall_entry 18
bash;kernel;__copy_user 17
bash;vmlib;vmlib::uo::reflect_ahead() 17
sed;vmlib;vmlib_site_dispatch 17
bash;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 16
bash;vmlib;vmlib::uo::page_now(unsigned long) 16
cc1;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 16
ranlib;vmlib;vmlib_host_syscall 16
uname;user 16
[no program];kernel;vmm::destroy_root(unsigned long) 15
as;vmlib;vmlib::find_site(unsigned long) 15
bash;kernel;kmalloc(unsigned long) 15
cc1;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 15
sed;kernel;memset 15
bash;vmlib;vmlib::uo::flush_user_page(unsigned long) 14
cc1;kernel;__copy_user 14
cc1;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 14
gcc;kernel;memset 14
gcc;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 14
make;kernel;syscall_entry 14
[no program];vmproc;port i/o 13
bash;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 13
cc1;kernel;(anonymous namespace)::do_readlink(unsigned long, unsigned long, unsigned long, unsigned long) 13
cc1;kernel;mounts::on(Mount*, Dentry*) 13
collect2;vmproc;port i/o 13
dirname;user 13
ld;kernel;isr_stub_14 13
ld;vmlib;__vmlib_site 13
rm;vmlib;vmlib_site_dispatch 13
sed;vmlib;vmlib::find_site(unsigned long) 13
uname;vmlib;vmlib_host_syscall 13
xgettext;vmlib;vmlib_host_syscall 13
[no program];kernel;program_names::forget(unsigned long) 12
as;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 12
cc1;kernel;isr_stub_32 12
cc1;kernel;syscall_dispatch 12
cc1;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 12
cc1;vmlib;vmlib::site_handler(unsigned short) 12
cc1;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 12
gcc;vmlib;vmlib::find_site(unsigned long) 12
ld;vmlib;vmlib::resume_kernel(tandem_regs&) 12
ld;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 12
mawk;vmlib;vmlib_host_syscall 12
sed;kernel;memcpy 12
sed;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 12
sed;vmproc;port i/o 12
xgettext;vmproc;port i/o 12
ar;kernel;memcpy 11
as;vmlib;vmlib_site_dispatch 11
bash;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 11
bash;kernel;traps::handle_page_fault(TrapFrame*) 11
cc1;kernel;traps::handle_page_fault(TrapFrame*) 11
collect2;vmlib;vmlib::handle_syscall(tandem_regs&) 11
expr;user 11
gcc;vmlib;__vmlib_site 11
mawk;user 11
msgfmt;user 11
nm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 11
rm;vmlib;vmlib::resume_kernel(tandem_regs&) 11
[no program];kernel;kfree(void*) 10
basename;user 10
bash;kernel;pmm::refcount(unsigned long) 10
bash;kernel;trap_dispatch 10
bash;vmlib;trap_return 10
bash;vmlib;vmlib::site_handler(unsigned short) 10
cc1;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 10
cc1;kernel;__strncpy_user 10
cc1;kernel;itimer::expire(unsigned long) 10
cc1;kernel;memcmp 10
conftest;user 10
gcc;kernel;isr_stub_14 10
ld;kernel;dcache::find(Dentry*, char const*, unsigned int) 10
ld;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 10
ranlib;user 10
rm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 10
sed;kernel;PageCache::find(unsigned long) const 10
as;kernel;memcpy 9
bash;kernel;dcache::find(Dentry*, char const*, unsigned int) 9
bash;kernel;memcmp 9
bash;kernel;syscall_dispatch 9
bash;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 9
cat;kernel;isr_stub_14 9
cat;kernel;memset 9
cc1;kernel;memcpy 9
cc1;kernel;trap_return 9
cc1;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 9
cc1;vmlib;vmlib::enter_user_direct(tandem_regs&) 9
dirname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 9
make;vmlib;vmlib_site_dispatch 9
msgmerge;user 9
[no program];kernel;AddressSpace::write_back(unsigned long, unsigned long) 8
[no program];vmlib;vmlib::deliver_pending_irq(tandem_regs&) 8
as;kernel;vmm::walk(unsigned long, unsigned long, bool) 8
bash;kernel;signal::pending_work(Task*) 8
bash;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 8
cc1;kernel;signal::pending_work(Task*) 8
cc1;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 8
collect2;kernel;memset 8
dirname;vmlib;vmlib_host_syscall 8
expr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 8
gcc;vmlib;vmlib_resume_kernel_asm 8
grep;vmlib;vmlib::handle_syscall(tandem_regs&) 8
ld;kernel;__copy_user 8
ld;vmlib;vmlib::uo::find_block(unsigned long) 8
ln;user 8
ln;vmlib;vmlib_host_syscall 8
nm;kernel;isr_stub_14 8
rm;kernel;isr_stub_14 8
rm;kernel;memcpy 8
rm;vmlib;vmlib::find_site(unsigned long) 8
rm;vmlib;vmlib_resume_kernel_asm 8
sed;vmlib;vmlib::resume_kernel(tandem_regs&) 8
sed;vmlib;vmlib::uo::reflect_ahead() 8
sh;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 8
[no program];kernel;AddressSpace::put() 7
[no program];vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 7
bash;kernel;PageCache::find(unsigned long) const 7
bash;kernel;isr_stub_32 7
bash;kernel;program_names::set(unsigned long, char const*) 7
cat;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 7
cc1;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 7
cc1;kernel;strncpy_from_user(char*, char const*, unsigned long) 7
cc1;vmlib;trap_return 7
collect2;kernel;syscall_entry 7
gcc;vmlib;vmlib::uo::reflect_ahead() 7
ld;kernel;AddressSpace::discard(unsigned long, unsigned long) 7
ld;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 7
ld;kernel;PageCache::find(unsigned long) const 7
ld;kernel;syscall_dispatch 7
ld;kernel;vmm::walk(unsigned long, unsigned long, bool) 7
ld;vmlib;vmlib::uo::flush_user_window() 7
make;vmlib;vmlib::find_site(unsigned long) 7
mkdir;vmproc;port i/o 7
msgfmt;vmlib;vmlib_host_syscall 7
rm;kernel;PageCache::find(unsigned long) const 7
rm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 7
sed;vmlib;__vmlib_site 7
sh;user 7
[no program];kernel;FdTable::close_on_exec() 6
[no program];kernel;WaitQueue::wake_all() 6
[no program];vmlib;vmlib_space_resume 6
ar;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 6
ar;kernel;isr_stub_14 6
ar;vmlib;vmlib::handle_syscall(tandem_regs&) 6
bash;kernel;FdTable::clone() 6
bash;kernel;FdTable::put() 6
bash;kernel;sched::schedule() 6
bash;vmlib;vmlib::enter_user_direct(tandem_regs&) 6
bash;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 6
cat;vmlib;__vmlib_site 6
cc1;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 6
cc1;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 6
cc1;kernel;pmm::alloc_pages(unsigned long) 6
cc1;kernel;pmm::alloc_run(unsigned long) 6
cc1;kernel;pmm::free_pages(unsigned long, unsigned long) 6
cc1;kernel;pmm::put(unsigned long) 6
cc1;kernel;ptrace::traces_syscalls(Task*) 6
cc1;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 6
cc;vmlib;vmlib_host_syscall 6
conftest;vmproc;port i/o 6
expr;vmlib;vmlib_host_syscall 6
gcc;kernel;PageCache::find(unsigned long) const 6
gcc;kernel;memcpy 6
gcc;kernel;pmm::get(unsigned long) 6
gcc;vmlib;vmlib::resume_kernel(tandem_regs&) 6
gcc;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 6
gcc;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 6
ld;kernel;pmm::get(unsigned long) 6
ls;user 6
make;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
mv;vmlib;vmlib_site_dispatch 6
ranlib;vmproc;port i/o 6
sed;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 6
sed;kernel;vmm::walk(unsigned long, unsigned long, bool) 6
sed;vmlib;vmlib::uo::find_block(unsigned long) 6
sh;vmlib;vmlib_site_dispatch 6
xgettext;user 6
[no program];vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 5
as;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 5
as;kernel;PageCache::find(unsigned long) const 5
as;vmlib;vmlib::uo::find_block(unsigned long) 5
basename;vmlib;vmlib_host_syscall 5
bash;kernel;kfree(void*) 5
bash;kernel;mounts::on(Mount*, Dentry*) 5
bash;kernel;proc::clone(CloneRequest const&, TrapFrame*) 5
bash;kernel;traps::exit_to_user(TrapFrame*) 5
bash;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 5
bash;kernel;vmm::flush_page(unsigned long, unsigned long) 5
bash;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 5
cat;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 5
cat;vmlib;vmlib::uo::find_block(unsigned long) 5
cat;vmlib;vmlib_site_dispatch 5
cc1;kernel;cmdline::strace() 5
cc1;vmlib;trap_common 5
cc1;vmlib;vmlib::uo::flush_user_window() 5
cc1;vmlib;vmlib::uo::page_now(unsigned long) 5
chmod;user 5
chmod;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
conftest;vmlib;vmlib::handle_syscall(tandem_regs&) 5
gcc;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 5
ld;kernel;pmm::put(unsigned long) 5
ld;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 5
msgmerge;vmlib;vmlib_host_syscall 5
mv;kernel;isr_stub_14 5
mv;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
mv;vmlib;vmlib::uo::reflect_ahead() 5
rm;kernel;pmm::get(unsigned long) 5
rm;vmlib;vmlib::uo::reflect_ahead() 5
sed;kernel;dcache::find(Dentry*, char const*, unsigned int) 5
sed;vmlib;vmlib::resume_user(tandem_regs&) 5
sed;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 5
sh;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 5
sh;vmproc;port i/o 5
ar;kernel;memset 4
ar;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 4
as;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 4
as;kernel;__copy_user 4
as;kernel;pmm::take_run(unsigned long) 4
as;vmlib;vmlib::resume_kernel(tandem_regs&) 4
as;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 4
as;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 4
bash;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 4
bash;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 4
bash;kernel;AddressSpace::populate(unsigned long) 4
bash;kernel;dcache::get(Dentry*) 4
bash;kernel;pmm::free_pages(unsigned long, unsigned long) 4
bash;kernel;ptrace::traces_syscalls(Task*) 4
bash;kernel;vmm::activate(unsigned long) 4
bash;vmlib;vmlib::resume(tandem_regs&) 4
cat;kernel;syscall_entry 4
cc1;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 4
cc1;kernel;dcache::get(Dentry*) 4
cc1;kernel;kfree(void*) 4
cc1;kernel;trap_dispatch 4
cc1;vmlib;tandem_x86_irq_deliverable 4
cc1;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 4
cc1;vmlib;vmlib::resume(tandem_regs&) 4
cc1;vmlib;vmlib::resume_user(tandem_regs&) 4
chmod;vmlib;vmlib_host_syscall 4
collect2;vmlib;vmlib_resume_kernel_asm 4
conftest;kernel;syscall_entry 4
diff;vmlib;vmlib_host_syscall 4
gcc;kernel;kmalloc(unsigned long) 4
gcc;vmlib;vmlib::uo::find_block(unsigned long) 4
grep;vmproc;port i/o 4
ld;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 4
ld;kernel;ptrace::traces_syscalls(Task*) 4
ld;kernel;signal::pending_work(Task*) 4
ld;kernel;trap_return 4
ld;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 4
ld;vmlib;vmlib::uo::reflect_ahead() 4
ln;vmlib;vmlib::handle_syscall(tandem_regs&) 4
ln;vmproc;port i/o 4
make;vmlib;vmlib::resume_kernel(tandem_regs&) 4
msgfmt;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
mv;kernel;dcache::find(Dentry*, char const*, unsigned int) 4
mv;kernel;syscall_entry 4
nm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 4
ranlib;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
ranlib;vmlib;vmlib::handle_syscall(tandem_regs&) 4
rm;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 4
rm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
rm;kernel;memset 4
rm;vmlib;vmlib::uo::find_block(unsigned long) 4
rmdir;vmlib;vmlib_host_syscall 4
sed;kernel;pmm::get(unsigned long) 4
sed;kernel;pmm::take_run(unsigned long) 4
sh;vmlib;vmlib_space_resume 4
sort;vmlib;vmlib_host_syscall 4
uname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
[no program];kernel;exec::execute(ExecRequest const&, char const**) 3
[no program];kernel;pmm::(anonymous namespace)::note_word(unsigned long) 3
[no program];vmlib;tandem_x86_virtual_flags 3
[no program];vmlib;vmlib::resume(tandem_regs&) 3
ar;vmlib;trap_return 3
ar;vmlib;vmlib::uo::reflect_ahead() 3
ar;vmlib;vmlib_site_dispatch 3
as;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 3
as;kernel;ptrace::traces_syscalls(Task*) 3
as;kernel;traps::handle_page_fault(TrapFrame*) 3
as;vmlib;__vmlib_site 3
as;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 3
as;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 3
as;vmlib;vmlib::uo::reflect_ahead() 3
as;vmlib;vmlib_resume_kernel_asm 3
awk;user 3
basename;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
bash;kernel;FdTable::get_file(int) 3
bash;kernel;__strncpy_user 3
bash;kernel;dcache::put(Dentry*) 3
bash;kernel;exec::execute(ExecRequest const&, char const**) 3
bash;kernel;kstrlen(char const*) 3
bash;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 3
bash;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 3
bash;vmlib;tandem_x86_irq_deliverable 3
bash;vmlib;tandem_x86_virtual_flags 3
bash;vmlib;vmlib::resume_user(tandem_regs&) 3
bash;vmlib;vmlib::uo::key_is_sound(unsigned long) 3
bash;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 3
bash;vmlib;vmlib_space_resume 3
cat;kernel;PageCache::find(unsigned long) const 3
cat;kernel;pmm::take_run(unsigned long) 3
cat;kernel;ptrace::traces_syscalls(Task*) 3
cat;vmlib;vmlib::find_site(unsigned long) 3
cat;vmlib;vmlib::resume_kernel(tandem_regs&) 3
cat;vmlib;vmlib::resume_user(tandem_regs&) 3
cat;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 3
cat;vmlib;vmlib_resume_kernel_asm 3
cc1;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 3
cc1;kernel;sched::PreemptGuard::PreemptGuard() 3
cc1;kernel;trap_common 3
cc1;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 3
cc1;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 3
cc1;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 3
cc1;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 3
cc;user 3
cc;vmlib;vmlib::handle_syscall(tandem_regs&) 3
collect2;vmlib;vmlib::find_site(unsigned long) 3
collect2;vmlib;vmlib::resume_kernel(tandem_regs&) 3
collect2;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 3
conftest;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
conftest;vmlib;vmlib_host_syscall 3
date;user 3
gcc;kernel;__strncpy_user 3
gcc;kernel;memcmp 3
gcc;kernel;trap_return 3
gcc;vmlib;vmlib::enter_user_direct(tandem_regs&) 3
grep;kernel;memset 3
grep;kernel;syscall_entry 3
ld;kernel;AddressSpace::write_back(unsigned long, unsigned long) 3
ld;kernel;cmdline::strace() 3
ld;kernel;kmalloc(unsigned long) 3
ld;kernel;pmm::take_run(unsigned long) 3
ld;kernel;traps::handle_page_fault(TrapFrame*) 3
ld;vmlib;trap_return 3
ld;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 3
ld;vmlib;vmlib::resume(tandem_regs&) 3
ls;vmlib;vmlib_host_syscall 3
make;vmlib;__vmlib_site 3
make;vmlib;vmlib_resume_kernel_asm 3
mkdir;vmlib;vmlib::handle_syscall(tandem_regs&) 3
mkdir;vmlib;vmlib_site_dispatch 3
mktemp;vmlib;vmlib_host_syscall 3
msgmerge;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
mv;vmlib;vmlib::find_site(unsigned long) 3
mv;vmlib;vmlib::resume_kernel(tandem_regs&) 3
mv;vmlib;vmlib::uo::find_block(unsigned long) 3
nm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
objdump;vmlib;vmlib_host_syscall 3
ranlib;kernel;isr_stub_14 3
ranlib;kernel;memcpy 3
rm;kernel;dcache::find(Dentry*, char const*, unsigned int) 3
rm;kernel;traps::handle_page_fault(TrapFrame*) 3
rm;kernel;vmm::walk(unsigned long, unsigned long, bool) 3
rm;vmlib;__vmlib_site 3
rm;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 3
rmdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
sed;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 3
sed;kernel;kmalloc(unsigned long) 3
sed;kernel;syscall_dispatch 3
sed;vmlib;trap_return 3
sed;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 3
sed;vmlib;vmlib_resume_kernel_asm 3
sh;vmlib;vmlib::handle_syscall(tandem_regs&) 3
sh;vmlib;vmlib::resume_kernel(tandem_regs&) 3
sort;user 3
[no program];kernel;inode::put(Inode*) 2
[no program];kernel;memcpy 2
[no program];kernel;proc::announce_exit(Process*) 2
[no program];kernel;proc::exit_thread(int) 2
[no program];kernel;ptrace::release_tracees(Process*) 2
[no program];kernel;sched::PreemptGuard::PreemptGuard() 2
[no program];kernel;signal::(anonymous namespace)::post_process(Process*, int, signal::SigSource const&, bool) 2
[no program];vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 2
[no program];vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 2
[no program];vmlib;vmlib::site_handler(unsigned short) 2
ar;kernel;PageCache::find(unsigned long) const 2
ar;vmlib;vmlib::resume_user(tandem_regs&) 2
ar;vmlib;vmlib_resume_kernel_asm 2
arch;user 2
arch;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
as;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 2
as;kernel;AddressSpace::discard(unsigned long, unsigned long) 2
as;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 2
as;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
as;vmlib;vmlib::uo::flush_user_window() 2
awk;vmlib;vmlib_host_syscall 2
basename;kernel;memset 2
bash;kernel;(anonymous namespace)::StringVector::copy_from(unsigned long) [clone .part.0] 2
bash;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 2
bash;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 2
bash;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
bash;kernel;AddressSpace::write_back(unsigned long, unsigned long) 2
bash;kernel;FdTable::close(int) 2
bash;kernel;Process* knew<Process>() 2
bash;kernel;context_switch 2
bash;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 2
bash;kernel;itimer::expire(unsigned long) 2
bash;kernel;pmm::alloc_run(unsigned long) 2
bash;kernel;pmm::info(unsigned long) 2
bash;kernel;sched::make_runnable(Task*) 2
bash;kernel;sys_rt_sigprocmask(SyscallArgs&) 2
bash;kernel;sys_set_robust_list(SyscallArgs&) 2
bash;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 2
bash;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 2
cat;kernel;AddressSpace::set_brk(unsigned long) 2
cat;kernel;memcpy 2
cat;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
cc1;kernel;(anonymous namespace)::RegularFile::write(void const*, unsigned long) 2
cc1;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 2
cc1;kernel;AddressSpace::set_brk(unsigned long) 2
cc1;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 2
cc1;kernel;FdTable::install(File*, int, bool) 2
cc1;kernel;dcache::put(Dentry*) 2
cc1;kernel;inode::(anonymous namespace)::lru_add(Inode*) 2
cc1;kernel;inode::fill_stat(Inode const*, LinuxStat*) 2
cc1;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 2
cc1;kernel;sched::need_resched() 2
cc1;kernel;sys_brk(SyscallArgs&) 2
cc1;kernel;traps::exit_to_user(TrapFrame*) 2
cc1;vmlib;tandem_x86_virtual_flags 2
cc1;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::load_gs_base(unsigned long) 2
cc1;vmlib;vmlib::real_user_flags(unsigned long) 2
cc1;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 2
collect2;kernel;isr_stub_14 2
collect2;kernel;pmm::get(unsigned long) 2
collect2;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
collect2;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 2
conftest;vmlib;vmlib_site_dispatch 2
cp;user 2
dirname;vmlib;vmlib::find_site(unsigned long) 2
dirname;vmlib;vmlib::handle_syscall(tandem_regs&) 2
expr;vmlib;vmlib::handle_syscall(tandem_regs&) 2
expr;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
file;vmlib;vmlib::handle_syscall(tandem_regs&) 2
gcc;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 2
gcc;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
gcc;kernel;dcache::find(Dentry*, char const*, unsigned int) 2
gcc;kernel;kstrlen(char const*) 2
gcc;kernel;pmm::put(unsigned long) 2
gcc;kernel;pmm::take_run(unsigned long) 2
gcc;kernel;signal::pending_work(Task*) 2
gcc;kernel;vmm::walk(unsigned long, unsigned long, bool) 2
gcc;vmlib;trap_return 2
gcc;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
gcc;vmlib;vmlib::resume(tandem_regs&) 2
grep;kernel;pmm::get(unsigned long) 2
grep;vmlib;vmlib::find_site(unsigned long) 2
grep;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 2
grep;vmlib;vmlib::uo::reflect_ahead() 2
grep;vmlib;vmlib_site_dispatch 2
hostname;user 2
hostname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
hostname;vmlib;vmlib_host_syscall 2
ld;kernel;(anonymous namespace)::RegularFile::seek(long, int) 2
ld;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 2
ld;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
ld;kernel;__strncpy_user 2
ld;kernel;itimer::expire(unsigned long) 2
ld;kernel;kfree(void*) 2
ld;kernel;memcmp 2
ld;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 2
ld;kernel;trap_common 2
ld;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
ld;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 2
ln;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
make;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 2
make;kernel;sys_rt_sigaction(SyscallArgs&) 2
make;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
make;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 2
mawk;kernel;PageCache::find(unsigned long) const 2
mawk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
mkdir;kernel;isr_stub_14 2
mkdir;kernel;syscall_entry 2
mkdir;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
mktemp;user 2
msgfmt;kernel;isr_stub_14 2
mv;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
mv;kernel;FdTable::close(int) 2
mv;kernel;pmm::get(unsigned long) 2
mv;kernel;vmm::walk(unsigned long, unsigned long, bool) 2
mv;vmlib;vmlib::resume_user(tandem_regs&) 2
mv;vmlib;vmlib_resume_kernel_asm 2
nm;vmlib;vmlib::uo::find_block(unsigned long) 2
nm;vmproc;port i/o 2
od;vmlib;vmlib_host_syscall 2
rm;kernel;AddressSpace::discard(unsigned long, unsigned long) 2
rm;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 2
rm;kernel;sched::need_resched() 2
rm;kernel;trap_return 2
rm;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
rm;vmlib;vmlib::resume(tandem_regs&) 2
rm;vmlib;vmlib::uo::flush_user_page(unsigned long) 2
rm;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
rm;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
rm;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
rmdir;user 2
sed;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 2
sed;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
sed;kernel;AddressSpace::write_back(unsigned long, unsigned long) 2
sed;kernel;dcache::shrink() 2
sed;kernel;kfree(void*) 2
sed;kernel;sched::PreemptGuard::PreemptGuard() 2
sed;kernel;trap_return 2
sed;kernel;traps::handle_page_fault(TrapFrame*) 2
sed;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 2
sed;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 2
sed;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
sed;vmlib;vmlib::resume(tandem_regs&) 2
sh;kernel;sched::schedule() 2
sh;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
sleep;user 2
tr;user 2
tr;vmlib;vmlib_host_syscall 2
xgettext;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
xgettext;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
[no program];kernel;dcache::put(Dentry*) 1
[no program];kernel;memset 1
[no program];kernel;pmm::info(unsigned long) 1
[no program];kernel;pollwait::notify() 1
[no program];kernel;program_names::set(unsigned long, char const*) 1
[no program];kernel;sched::load_user_bases(Task*) 1
[no program];kernel;sched::schedule() 1
[no program];kernel;signal::reset_on_exec(Process*) 1
[no program];vmlib;vmlib::emulate_wrmsr(tandem_site const&, tandem_regs&) 1
[no program];vmlib;vmlib::uo::disarm_timer() 1
[no program];vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
ar;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
ar;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
ar;kernel;__copy_user 1
ar;kernel;fsvc::(anonymous namespace)::FsvcFs::write_through(Inode*, unsigned long, unsigned char const*, unsigned long) 1
ar;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
ar;kernel;syscall_entry 1
ar;kernel;trap_dispatch 1
ar;vmlib;__vmlib_site 1
ar;vmlib;vmlib::resume_kernel(tandem_regs&) 1
ar;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
arch;vmlib;vmlib_host_syscall 1
as;kernel;(anonymous namespace)::RegularFile::seek(long, int) 1
as;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
as;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
as;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 1
as;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
as;kernel;FdTable::install(File*, int, bool) 1
as;kernel;FdTable::put() 1
as;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
as;kernel;cmdline::strace() 1
as;kernel;inode::get_page(Inode*, unsigned long, long*) 1
as;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
as;kernel;kmalloc(unsigned long) 1
as;kernel;memcmp 1
as;kernel;pmm::alloc_page() 1
as;kernel;pmm::alloc_run(unsigned long) 1
as;kernel;pmm::get(unsigned long) 1
as;kernel;pmm::put(unsigned long) 1
as;kernel;proc::exit_group(int) 1
as;kernel;sched::PreemptGuard::PreemptGuard() 1
as;kernel;sched::need_resched() 1
as;kernel;sys_mprotect(SyscallArgs&) 1
as;kernel;trap_common 1
as;kernel;vmm::table_of(unsigned long) 1
as;vmlib;tandem_x86_virtual_flags 1
as;vmlib;trap_return 1
as;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
as;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
as;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
as;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
as;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
as;vmlib;vmlib::resume_user(tandem_regs&) 1
as;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
as;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
awk;kernel;AddressSpace::copy_cow_block(Vma*, unsigned long, unsigned int*) 1
awk;vmlib;vmlib::handle_syscall(tandem_regs&) 1
basename;kernel;memcpy 1
basename;vmlib;vmlib::find_site(unsigned long) 1
basename;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
basename;vmlib;vmlib::uo::reflect_ahead() 1
bash;kernel;(anonymous namespace)::Devfs::open_special(Inode*, unsigned int, long*) 1
bash;kernel;(anonymous namespace)::PipeEnd* knew<(anonymous namespace)::PipeEnd, PipeBuffer*&, bool, bool>(PipeBuffer*&, bool&&, bool&&) 1
bash;kernel;(anonymous namespace)::PipeEnd::write(void const*, unsigned long) 1
bash;kernel;(anonymous namespace)::PipeEnd::~PipeEnd() 1
bash;kernel;(anonymous namespace)::release((anonymous namespace)::Sock*, bool) 1
bash;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
bash;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
bash;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
bash;kernel;AddressSpace::find(unsigned long) 1
bash;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
bash;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
bash;kernel;FdTable::install(File*, int, bool) 1
bash;kernel;File::is_socket() const 1
bash;kernel;File::stat(LinuxStat*) 1
bash;kernel;WaitQueue::wake_all() 1
bash;kernel;cmdline::strace() 1
bash;kernel;dcache::(anonymous namespace)::alloc(Dentry*, char const*, unsigned int, Inode*) 1
bash;kernel;extable_fixup(unsigned long) 1
bash;kernel;fpu::handle_nm(TrapFrame*) 1
bash;kernel;fpu::load(Task*, void const*) 1
bash;kernel;fpu::sync(Task*) 1
bash;kernel;fsvc::(anonymous namespace)::FsvcFs::lookup(Inode*, char const*, unsigned int, Inode**) 1
bash;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
bash;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
bash;kernel;inode::get(Inode*) 1
bash;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
bash;kernel;isr_stub_7 1
bash;kernel;kvsnprintf(char*, unsigned long, char const*, __va_list_tag*) 1
bash;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
bash;kernel;pmm::alloc_page() 1
bash;kernel;pmm::alloc_pages(unsigned long) 1
bash;kernel;pmm::total_count() 1
bash;kernel;ptrace::trap_pending(Task*) 1
bash;kernel;sched::PreemptGuard::~PreemptGuard() 1
bash;kernel;sched::block_current() 1
bash;kernel;sched::create_task(char const*, void (*)(void*), void*) 1
bash;kernel;sched::preempt_point() 1
bash;kernel;sys_execve(SyscallArgs&) 1
bash;kernel;sys_fcntl(SyscallArgs&) 1
bash;kernel;sys_gettimeofday(SyscallArgs&) 1
bash;kernel;sys_ioctl(SyscallArgs&) 1
bash;kernel;sys_newfstatat(SyscallArgs&) 1
bash;kernel;sys_read(SyscallArgs&) 1
bash;kernel;timer::irq(bool) 1
bash;kernel;trap_common 1
bash;kernel;trap_return 1
bash;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
bash;kernel;vfs::put_fs_context(FsContext*) 1
bash;vmlib;syscall_entry 1
bash;vmlib;tandem_x86_deliver 1
bash;vmlib;tandem_x86_deliver_once 1
bash;vmlib;trap_common 1
bash;vmlib;vmlib::emulate_invlpg(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_out(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
bash;vmlib;vmlib::operand_address(tandem_site const&, tandem_regs const&) 1
bash;vmlib;vmlib::uo::apply_queued() 1
bash;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
cat;kernel;(anonymous namespace)::copy_between(File*, File*, unsigned long, long*) 1
cat;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
cat;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
cat;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
cat;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
cat;kernel;FdTable::put() 1
cat;kernel;__copy_user 1
cat;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
cat;kernel;dcache::shrink() 1
cat;kernel;kmalloc(unsigned long) 1
cat;kernel;proc::exit_group(int) 1
cat;kernel;ptrace::trap_pending(Task*) 1
cat;kernel;syscall_dispatch 1
cat;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
cat;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
cat;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
cat;vmlib;vmlib::load_gs_base(unsigned long) 1
cat;vmlib;vmlib::resume(tandem_regs&) 1
cat;vmlib;vmlib::site_handler(unsigned short) 1
cat;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
cat;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
cat;vmlib;vmlib::uo::reflect_ahead() 1
cat;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
cc1;kernel;(anonymous namespace)::RegularFile::read(void*, unsigned long) 1
cc1;kernel;(anonymous namespace)::Tmpfs::cache_is_storage() const 1
cc1;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
cc1;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
cc1;kernel;AddressSpace::try_merge(Vma*) 1
cc1;kernel;FdTable::close(int) 1
cc1;kernel;File::stat(LinuxStat*) 1
cc1;kernel;PageCache::insert(unsigned long, unsigned long) 1
cc1;kernel;dcache::shrink() 1
cc1;kernel;entropy::(anonymous namespace)::quarter(unsigned int*, int, int, int, int) 1
cc1;kernel;fsvc::(anonymous namespace)::FsvcFs::read_pages(Inode*, unsigned long, unsigned long, unsigned char*) 1
cc1;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
cc1;kernel;inode::get_page(Inode*, unsigned long, long*) 1
cc1;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 1
cc1;kernel;kstrlen(char const*) 1
cc1;kernel;pmm::alloc_page() 1
cc1;kernel;pmm::info(unsigned long) 1
cc1;kernel;pmm::refcount(unsigned long) 1
cc1;kernel;ptrace::trap_pending(Task*) 1
cc1;kernel;sched::PreemptGuard::~PreemptGuard() 1
cc1;kernel;sys_close(SyscallArgs&) 1
cc1;kernel;sys_mmap(SyscallArgs&) 1
cc1;kernel;sys_readlink(SyscallArgs&) 1
cc1;kernel;sys_write(SyscallArgs&) 1
cc1;kernel;timer::irq(bool) 1
cc1;kernel;vfs::readlink(int, char const*, char*, unsigned int) 1
cc1;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
cc1;vmlib;vmlib::emulate_out(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
cc1;vmlib;vmlib::operand_address(tandem_site const&, tandem_regs const&) 1
cc1;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
cc1;vmlib;vmlib::uo::key_is_sound(unsigned long) 1
cc;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 1
cc;kernel;kmalloc(unsigned long) 1
cc;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
cc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
cc;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
cc;vmlib;vmlib::uo::reflect_ahead() 1
cc;vmlib;vmlib_resume_kernel_asm 1
cc;vmproc;port i/o 1
chmod;vmlib;vmlib::resume_kernel(tandem_regs&) 1
chmod;vmproc;port i/o 1
cmp;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
cmp;vmlib;vmlib_host_syscall 1
collect2;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
collect2;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
collect2;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
collect2;kernel;AddressSpace::populate(unsigned long) 1
collect2;kernel;FdTable::install(File*, int, bool) 1
collect2;kernel;__strncpy_user 1
collect2;kernel;entropy::fill(void*, unsigned long) 1
collect2;kernel;fpu::handle_nm(TrapFrame*) 1
collect2;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
collect2;kernel;kfree(void*) 1
collect2;kernel;kmalloc(unsigned long) 1
collect2;kernel;pmm::put(unsigned long) 1
collect2;kernel;pmm::take_run(unsigned long) 1
collect2;kernel;sched::PreemptGuard::PreemptGuard() 1
collect2;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
collect2;kernel;syscall_dispatch 1
collect2;kernel;trap_return 1
collect2;kernel;traps::handle_page_fault(TrapFrame*) 1
collect2;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
collect2;kernel;vmm::flush_page(unsigned long, unsigned long) 1
collect2;vmlib;tandem_x86_virtual_flags 1
collect2;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
collect2;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 1
collect2;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
collect2;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
collect2;vmlib;vmlib::resume_user(tandem_regs&) 1
collect2;vmlib;vmlib::uo::find_block(unsigned long) 1
collect2;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
collect2;vmlib;vmlib_site_dispatch 1
conftest;kernel;pmm::alloc_pages(unsigned long) 1
conftest;vmlib;vmlib::find_site(unsigned long) 1
conftest;vmlib;vmlib::site_handler(unsigned short) 1
conftest;vmlib;vmlib::uo::find_block(unsigned long) 1
conftest;vmlib;vmlib::uo::reflect_ahead() 1
cp;kernel;isr_stub_14 1
cp;kernel;memset 1
cp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
cp;vmlib;vmlib_host_syscall 1
cp;vmproc;port i/o 1
date;kernel;syscall_entry 1
date;vmlib;vmlib::find_site(unsigned long) 1
date;vmlib;vmlib::resume_kernel(tandem_regs&) 1
date;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
dd;kernel;syscall_entry 1
dd;vmlib;vmlib_host_syscall 1
diff;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
diff;vmlib;vmlib::handle_syscall(tandem_regs&) 1
dirname;kernel;PageCache::find(unsigned long) const 1
dirname;kernel;isr_stub_14 1
dirname;kernel;pmm::take_run(unsigned long) 1
dirname;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
echo;user 1
echo;vmlib;vmlib_host_syscall 1
expr;kernel;isr_stub_14 1
expr;kernel;syscall_entry 1
expr;vmlib;trap_return 1
expr;vmlib;vmlib::site_handler(unsigned short) 1
expr;vmproc;port i/o 1
file;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
file;vmlib;vmlib_host_syscall 1
file;vmproc;port i/o 1
gcc;kernel;(anonymous namespace)::PipeEnd::~PipeEnd() 1
gcc;kernel;(anonymous namespace)::RegularFile::~RegularFile() 1
gcc;kernel;(anonymous namespace)::StringVector::copy_from(unsigned long) [clone .part.0] 1
gcc;kernel;(anonymous namespace)::child_start(void*) 1
gcc;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
gcc;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 1
gcc;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
gcc;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
gcc;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
gcc;kernel;AddressSpace::populate(unsigned long) 1
gcc;kernel;AddressSpace::set_brk(unsigned long) 1
gcc;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 1
gcc;kernel;AddressSpace::try_merge(Vma*) 1
gcc;kernel;FdTable::close(int) 1
gcc;kernel;FdTable::put() 1
gcc;kernel;Layout::choose(bool) 1
gcc;kernel;dcache::get(Dentry*) 1
gcc;kernel;dcache::shrink() 1
gcc;kernel;exec::execute(ExecRequest const&, char const**) 1
gcc;kernel;fpu::switch_to(Task*) 1
gcc;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
gcc;kernel;pmm::alloc_run(unsigned long) 1
gcc;kernel;pmm::free_pages(unsigned long, unsigned long) 1
gcc;kernel;pmm::info(unsigned long) 1
gcc;kernel;ptrace::traces_syscalls(Task*) 1
gcc;kernel;sched::schedule() 1
gcc;kernel;syscall_dispatch 1
gcc;kernel;traps::handle_page_fault(TrapFrame*) 1
gcc;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
gcc;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
gcc;vmlib;trap_common 1
gcc;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
gcc;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
gcc;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
gcc;vmlib;vmlib::resume_user(tandem_regs&) 1
gcc;vmlib;vmlib::site_handler(unsigned short) 1
gcc;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
gcc;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
gcc;vmlib;vmlib_space_resume 1
getconf;vmlib;vmlib::find_site(unsigned long) 1
getconf;vmlib;vmlib_host_syscall 1
grep;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
grep;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
grep;kernel;PageCache::find(unsigned long) const 1
grep;kernel;inode::alloc(FileSystem*) 1
grep;kernel;isr_stub_14 1
grep;kernel;memcpy 1
grep;kernel;pmm::put(unsigned long) 1
grep;kernel;pmm::take_run(unsigned long) 1
grep;kernel;sched::need_resched() 1
grep;kernel;trap_return 1
grep;vmlib;__vmlib_site 1
grep;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
grep;vmlib;vmlib::resume_kernel(tandem_regs&) 1
grep;vmlib;vmlib::resume_user(tandem_regs&) 1
grep;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
grep;vmlib;vmlib::uo::find_block(unsigned long) 1
grep;vmlib;vmlib_resume_kernel_asm 1
hostname;kernel;memcpy 1
hostname;kernel;syscall_entry 1
hostname;vmlib;vmlib::handle_syscall(tandem_regs&) 1
hostname;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
ld;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
ld;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
ld;kernel;AddressSpace::try_merge(Vma*) 1
ld;kernel;FdTable::get_file(int) 1
ld;kernel;clock::realtime_ns() 1
ld;kernel;dcache::get(Dentry*) 1
ld;kernel;dcache::put(Dentry*) 1
ld;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
ld;kernel;isr_stub_32 1
ld;kernel;memcpy 1
ld;kernel;mounts::on(Mount*, Dentry*) 1
ld;kernel;pmm::free_pages(unsigned long, unsigned long) 1
ld;kernel;sys_close(SyscallArgs&) 1
ld;kernel;sys_lseek(SyscallArgs&) 1
ld;kernel;sys_newfstatat(SyscallArgs&) 1
ld;kernel;sys_openat(SyscallArgs&) 1
ld;kernel;sys_read(SyscallArgs&) 1
ld;kernel;sys_write(SyscallArgs&) 1
ld;kernel;trap_dispatch 1
ld;kernel;vfs::d_path(Path const&, char*, unsigned int) 1
ld;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
ld;kernel;vmm::flush_page(unsigned long, unsigned long) 1
ld;vmlib;tandem_x86_irq_deliverable 1
ld;vmlib;tandem_x86_virtual_flags 1
ld;vmlib;vmlib::emulate_invlpg(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
ld;vmlib;vmlib::real_user_flags(unsigned long) 1
ld;vmlib;vmlib::site_handler(unsigned short) 1
ld;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
ld;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
ld;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
ld;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
ld;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
ld;vmlib;vmlib::uo::page_now(unsigned long) 1
ln;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
ln;kernel;inode::put(Inode*) 1
ln;kernel;isr_stub_14 1
ln;kernel;syscall_entry 1
ln;vmlib;vmlib::find_site(unsigned long) 1
ln;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
ls;kernel;syscall_entry 1
ls;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
ls;vmlib;vmlib::handle_syscall(tandem_regs&) 1
make;kernel;AddressSpace::copy_out(unsigned long, void const*, unsigned long) 1
make;kernel;AddressSpace::try_merge(Vma*) 1
make;kernel;FdTable::clone() 1
make;kernel;PageCache::find(unsigned long) const 1
make;kernel;__copy_user 1
make;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
make;kernel;fpu::clone(Task*, Task*) 1
make;kernel;kmalloc(unsigned long) 1
make;kernel;kstrlen(char const*) 1
make;kernel;memset 1
make;kernel;pmm::alloc_pages(unsigned long) 1
make;kernel;pmm::take_run(unsigned long) 1
make;kernel;proc::clone(CloneRequest const&, TrapFrame*) 1
make;kernel;sys_rt_sigprocmask(SyscallArgs&) 1
make;kernel;sys_wait4(SyscallArgs&) 1
make;kernel;syscall_dispatch 1
make;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
make;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
make;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
make;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
make;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
make;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
make;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
make;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
make;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
mawk;kernel;isr_stub_14 1
mawk;vmlib;vmlib::find_site(unsigned long) 1
mawk;vmlib;vmlib::handle_syscall(tandem_regs&) 1
mawk;vmlib;vmlib::resume_kernel(tandem_regs&) 1
mawk;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
mawk;vmproc;port i/o 1
mkdir;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
mkdir;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
mkdir;kernel;__copy_user 1
mkdir;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
mkdir;kernel;extable_fixup(unsigned long) 1
mkdir;kernel;memcpy 1
mkdir;kernel;mounts::on(Mount*, Dentry*) 1
mkdir;kernel;pmm::put(unsigned long) 1
mkdir;kernel;pmm::take_run(unsigned long) 1
mkdir;kernel;signal::pending_work(Task*) 1
mkdir;kernel;traps::handle_page_fault(TrapFrame*) 1
mkdir;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
mkdir;vmlib;vmlib::find_site(unsigned long) 1
mkdir;vmlib;vmlib::resume_kernel(tandem_regs&) 1
mkdir;vmlib;vmlib::resume_user(tandem_regs&) 1
mkdir;vmlib;vmlib::site_handler(unsigned short) 1
mkdir;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
mkdir;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
mktemp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
mktemp;vmlib;vmlib::handle_syscall(tandem_regs&) 1
mktemp;vmproc;port i/o 1
msgfmt;kernel;PageCache::find(unsigned long) const 1
msgfmt;kernel;sys_close(SyscallArgs&) 1
msgfmt;vmlib;syscall_entry 1
msgfmt;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
msgfmt;vmlib;vmlib::find_site(unsigned long) 1
msgfmt;vmlib;vmlib::handle_syscall(tandem_regs&) 1
msgfmt;vmproc;port i/o 1
msgmerge;kernel;kstrlen(char const*) 1
msgmerge;kernel;pmm::get(unsigned long) 1
msgmerge;vmlib;trap_common 1
msgmerge;vmlib;vmlib::handle_syscall(tandem_regs&) 1
msgmerge;vmproc;port i/o 1
mt;vmlib;vmlib::handle_syscall(tandem_regs&) 1
mv;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
mv;kernel;PageCache::find(unsigned long) const 1
mv;kernel;memcmp 1
mv;kernel;memcpy 1
mv;kernel;memset 1
mv;kernel;pmm::alloc_page() 1
mv;kernel;pmm::alloc_run(unsigned long) 1
mv;kernel;ptrace::traces_syscalls(Task*) 1
mv;kernel;sys_close(SyscallArgs&) 1
mv;kernel;syscall_dispatch 1
mv;kernel;trap_dispatch 1
mv;kernel;traps::handle_page_fault(TrapFrame*) 1
mv;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
mv;vmlib;__vmlib_site 1
mv;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
mv;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
mv;vmlib;vmlib::resume(tandem_regs&) 1
mv;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
mv;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
mv;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
mv;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
nm;kernel;memcpy 1
nm;kernel;pmm::put(unsigned long) 1
nm;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
nm;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
nm;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
nm;vmlib;vmlib::find_site(unsigned long) 1
nm;vmlib;vmlib::resume_user(tandem_regs&) 1
nm;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
nm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
nm;vmlib;vmlib_site_dispatch 1
objdump;kernel;syscall_entry 1
objdump;user 1
od;user 1
ranlib;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
ranlib;vmlib;__vmlib_site 1
ranlib;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
ranlib;vmlib;vmlib_site_dispatch 1
rm;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
rm;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
rm;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
rm;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
rm;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
rm;kernel;AddressSpace::try_merge(Vma*) 1
rm;kernel;fsvc::(anonymous namespace)::FsvcFs::unlink(Inode*, char const*, unsigned int, Inode*) 1
rm;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
rm;kernel;inode::get_page(Inode*, unsigned long, long*) 1
rm;kernel;inode::put(Inode*) 1
rm;kernel;kfree(void*) 1
rm;kernel;make_regular_file() 1
rm;kernel;memcmp 1
rm;kernel;mounts::on(Mount*, Dentry*) 1
rm;kernel;signal::pending_work(Task*) 1
rm;kernel;sys_execve(SyscallArgs&) 1
rm;kernel;sys_getrandom(SyscallArgs&) 1
rm;kernel;sys_ioctl(SyscallArgs&) 1
rm;kernel;syscall_dispatch 1
rm;kernel;trap_common 1
rm;kernel;trap_dispatch 1
rm;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
rm;kernel;vmm::flush_page(unsigned long, unsigned long) 1
rm;vmlib;trap_common 1
rm;vmlib;trap_return 1
rm;vmlib;vmlib::emulate_clts(tandem_site const&, tandem_regs&) 1
rm;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
rm;vmlib;vmlib::read_kernel(void*, unsigned long, void*, unsigned long) 1
rm;vmlib;vmlib::real_user_flags(unsigned long) 1
rm;vmlib;vmlib::resume_user(tandem_regs&) 1
rm;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
rm;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
rmdir;vmproc;port i/o 1
sed;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
sed;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
sed;kernel;__copy_user 1
sed;kernel;__strncpy_user 1
sed;kernel;dcache::put(Dentry*) 1
sed;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
sed;kernel;isr_stub_32 1
sed;kernel;pmm::alloc_page() 1
sed;kernel;pmm::alloc_pages(unsigned long) 1
sed;kernel;pmm::alloc_run(unsigned long) 1
sed;kernel;pmm::info(unsigned long) 1
sed;kernel;pmm::put(unsigned long) 1
sed;kernel;pmm::refcount(unsigned long) 1
sed;kernel;ptrace::traces_syscalls(Task*) 1
sed;kernel;ptrace::trap_pending(Task*) 1
sed;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
sed;kernel;sys_exit_group(SyscallArgs&) 1
sed;vmlib;tandem_x86_virtual_flags 1
sed;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
sed;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
sed;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
sed;vmlib;vmlib::site_handler(unsigned short) 1
sed;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
sed;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
sed;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
sh;kernel;cmdline::strace() 1
sh;kernel;context_switch 1
sh;kernel;kfree(void*) 1
sh;kernel;memcpy 1
sh;kernel;memset 1
sh;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
sh;kernel;sched::load_user_bases(Task*) 1
sh;kernel;signal::interrupt_pending(Task*) 1
sh;kernel;signal::pending_work(Task*) 1
sh;vmlib;tandem_x86_virtual_flags 1
sh;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
sh;vmlib;vmlib::emulate_wrmsr(tandem_site const&, tandem_regs&) 1
sh;vmlib;vmlib::find_site(unsigned long) 1
sh;vmlib;vmlib::site_handler(unsigned short) 1
sh;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
sh;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
sh;vmlib;vmlib_resume_kernel_asm 1
sh;vmlib;vmlib_space_hand_off 1
sleep;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
sleep;vmlib;vmlib_host_syscall 1
sort;kernel;isr_stub_14 1
sort;kernel;memcpy 1
sort;vmlib;vmlib::handle_syscall(tandem_regs&) 1
strip;kernel;memcpy 1
strip;user 1
touch;vmlib;vmlib::uo::reflect_ahead() 1
touch;vmproc;port i/o 1
tr;kernel;memcpy 1
tr;kernel;memset 1
true;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
true;vmlib;vmlib_host_syscall 1
uname;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
uname;kernel;sys_newfstatat(SyscallArgs&) 1
uname;vmlib;vmlib::find_site(unsigned long) 1
uname;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
uname;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
uniq;user 1
uniq;vmproc;port i/o 1
xgettext;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
xgettext;kernel;cmdline::strace() 1
xgettext;kernel;isr_stub_14 1
xgettext;kernel;memset 1
xgettext;kernel;syscall_entry 1
xgettext;vmlib;vmlib_site_dispatch 1
