cc1;user 17583
bash;vmlib;vmlib_host_syscall 5428
bash;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3792
cc1;vmlib;vmlib_host_syscall 2789
[no program];vmlib;vmlib_host_syscall 1540
bash;user 1316
ld;user 1164
cc1;vmlib;vmlib::handle_syscall(tandem_regs&) 912
cc1;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 836
as;user 780
bash;vmlib;vmlib::handle_syscall(tandem_regs&) 619
ld;vmlib;vmlib_host_syscall 593
as;vmlib;vmlib_host_syscall 583
bash;vmproc;port i/o 564
sed;vmlib;vmlib_host_syscall 554
rm;vmlib;vmlib_host_syscall 466
ld;vmlib;vmlib::handle_syscall(tandem_regs&) 455
sed;user 380
gcc;vmlib;vmlib_host_syscall 344
as;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 342
bash;kernel;isr_stub_14 316
cat;vmlib;vmlib_host_syscall 297
cc1;kernel;syscall_entry 291
gcc;user 265
ld;vmproc;port i/o 249
rm;user 249
sed;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 234
cc1;kernel;memset 215
bash;kernel;syscall_entry 210
rm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 196
as;vmproc;port i/o 186
ld;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 177
mv;vmlib;vmlib_host_syscall 177
sh;vmlib;vmlib_host_syscall 174
cc1;vmproc;port i/o 157
gcc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 152
ld;kernel;syscall_entry 149
cc1;kernel;isr_stub_14 132
bash;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 131
rm;vmproc;port i/o 131
cat;user 113
gcc;vmlib;vmlib::handle_syscall(tandem_regs&) 112
cc1;vmlib;vmlib_site_dispatch 107
collect2;vmlib;vmlib_host_syscall 107
sed;vmlib;vmlib::handle_syscall(tandem_regs&) 104
cat;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 101
[no program];kernel;pmm::put(unsigned long) 97
ar;vmlib;vmlib_host_syscall 95
cc1;vmlib;vmlib::find_site(unsigned long) 94
as;vmlib;vmlib::handle_syscall(tandem_regs&) 93
bash;kernel;memcpy 92
bash;vmlib;vmlib_site_dispatch 89
mv;user 85
[no program];kernel;vmm::(anonymous namespace)::free_table(unsigned long, int) 83
ar;vmproc;port i/o 83
bash;vmlib;vmlib::find_site(unsigned long) 80
make;vmlib;vmlib::handle_syscall(tandem_regs&) 75
grep;vmlib;vmlib_host_syscall 74
cc1;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 69
bash;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 68
mv;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 68
bash;vmlib;vmlib::uo::flush_user_window() 66
ld;kernel;memset 65
mv;vmproc;port i/o 62
cc1;kernel;PageCache::find(unsigned long) const 58
mkdir;vmlib;vmlib_host_syscall 58
gcc;vmproc;port i/o 55
cc1;kernel;pmm::get(unsigned long) 53
grep;user 52
bash;kernel;pmm::get(unsigned long) 50
collect2;user 50
rm;vmlib;vmlib::handle_syscall(tandem_regs&) 48
bash;vmlib;vmlib::resume_kernel(tandem_regs&) 46
bash;vmlib;vmlib::uo::find_block(unsigned long) 45
nm;vmlib;vmlib_host_syscall 44
ar;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 43
grep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 43
cc1;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 42
make;user 42
as;kernel;isr_stub_14 41
gcc;kernel;syscall_entry 41
make;vmlib;vmlib_host_syscall 41
sed;kernel;isr_stub_14 39
[no program];vmlib;vmlib_site_dispatch 38
cat;vmlib;vmlib::handle_syscall(tandem_regs&) 38
cc1;vmlib;__vmlib_site 38
cc1;kernel;dcache::find(Dentry*, char const*, unsigned int) 37
cc1;vmlib;vmlib::resume_kernel(tandem_regs&) 36
ld;vmlib;vmlib_site_dispatch 34
mkdir;user 34
mv;vmlib;vmlib::handle_syscall(tandem_regs&) 34
bash;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 32
bash;kernel;memset 32
bash;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 32
bash;vmlib;vmlib_resume_kernel_asm 32
[no program];vmlib;vmlib::find_site(unsigned long) 31
ar;user 31
bash;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 31
make;kernel;syscall_entry 31
bash;vmlib;__vmlib_site 29
collect2;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 29
[no program];kernel;vmm::destroy_root(unsigned long) 27
cc1;vmlib;vmlib_resume_kernel_asm 27
collect2;vmlib;vmlib::handle_syscall(tandem_regs&) 27
sed;kernel;syscall_entry 27
[no program];vmlib;vmlib::resume_kernel(tandem_regs&) 26
bash;kernel;pmm::put(unsigned long) 26
bash;vmlib;vmlib::uo::reflect_ahead() 26
cc1;vmlib;vmlib::uo::find_block(unsigned long) 26
cat;vmproc;port i/o 25
grep;vmlib;vmlib::handle_syscall(tandem_regs&) 24
make;vmproc;port i/o 24
cc1;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 23
rm;kernel;isr_stub_14 23
[no program];vmlib;__vmlib_site 22
ld;kernel;isr_stub_14 22
nm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 22
sed;vmlib;vmlib_site_dispatch 22
as;kernel;memset 21
bash;kernel;AddressSpace::clone_cow() 21
bash;kernel;trap_dispatch 21
ld;vmlib;vmlib::find_site(unsigned long) 21
ld;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 21
mkdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 21
ranlib;vmlib;vmlib_host_syscall 21
cc1;kernel;isr_stub_32 20
cc1;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 20
cc1;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 20
rm;kernel;syscall_entry 20
uname;vmlib;vmlib_host_syscall 20
xgettext;vmproc;port i/o 20
cc1;kernel;pmm::take_run(unsigned long) 19
as;kernel;syscall_entry 18
bash;kernel;traps::handle_page_fault(TrapFrame*) 18
bash;kernel;kmalloc(unsigned long) 17
bash;kernel;vmm::walk(unsigned long, unsigned long, bool) 17
cc1;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 17
gcc;vmlib;vmlib::find_site(unsigned long) 17
bash;kernel;PageCache::find(unsigned long) const 16
bash;kernel;pmm::take_run(unsigned long) 16
dirname;vmlib;vmlib_host_syscall 16
ar;kernel;memcpy 15
as;kernel;memcpy 15
as;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 15
bash;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 15
bash;kernel;dcache::find(Dentry*, char const*, unsigned int) 14
bash;vmlib;vmlib::resume_user(tandem_regs&) 14
cc1;kernel;vmm::walk(unsigned long, unsigned long, bool) 14
collect2;vmproc;port i/o 14
msgfmt;vmlib;vmlib_host_syscall 14
xgettext;user 14
[no program];vmlib;vmlib_resume_kernel_asm 13
cc1;kernel;kmalloc(unsigned long) 13
cc1;vmlib;vmlib::uo::reflect_ahead() 13
gcc;kernel;memset 13
ranlib;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 13
as;vmlib;vmlib_site_dispatch 12
bash;kernel;__copy_user 12
bash;vmlib;vmlib::load_gs_base(unsigned long) 12
cat;kernel;syscall_entry 12
cc1;kernel;mounts::on(Mount*, Dentry*) 12
cc1;vmlib;vmlib::load_gs_base(unsigned long) 12
gcc;vmlib;vmlib_site_dispatch 12
ld;vmlib;__vmlib_site 12
ld;vmlib;vmlib::resume_kernel(tandem_regs&) 12
make;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 12
mkdir;vmproc;port i/o 12
sed;vmlib;vmlib::find_site(unsigned long) 12
sed;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 12
ar;vmlib;vmlib::handle_syscall(tandem_regs&) 11
bash;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 11
bash;vmlib;vmlib::enter_user_direct(tandem_regs&) 11
cc1;kernel;trap_return 11
cc1;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 11
cc1;vmlib;vmlib::site_handler(unsigned short) 11
conftest;vmlib;vmlib_host_syscall 11
dirname;user 11
expr;vmlib;vmlib_host_syscall 11
sh;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 11
[no program];vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 10
as;kernel;pmm::get(unsigned long) 10
as;vmlib;vmlib::find_site(unsigned long) 10
as;vmlib;vmlib::uo::reflect_ahead() 10
bash;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 10
cc1;kernel;(anonymous namespace)::do_readlink(unsigned long, unsigned long, unsigned long, unsigned long) 10
cc1;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 10
cc1;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 10
cc1;kernel;__copy_user 10
ld;kernel;__copy_user 10
ln;vmlib;vmlib_host_syscall 10
ln;vmproc;port i/o 10
mawk;user 10
mawk;vmlib;vmlib_host_syscall 10
msgfmt;user 10
msgmerge;vmlib;vmlib_host_syscall 10
rm;vmlib;vmlib::uo::reflect_ahead() 10
sed;vmproc;port i/o 10
xgettext;vmlib;vmlib_host_syscall 10
[no program];kernel;AddressSpace::write_back(unsigned long, unsigned long) 9
[no program];kernel;program_names::forget(unsigned long) 9
bash;kernel;trap_return 9
bash;vmlib;vmlib::uo::flush_user_page(unsigned long) 9
bash;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 9
bash;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 9
cc1;kernel;memcmp 9
cc1;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 9
cc1;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 9
collect2;kernel;syscall_entry 9
conftest;vmlib;vmlib::handle_syscall(tandem_regs&) 9
dirname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 9
expr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 9
grep;vmproc;port i/o 9
mv;kernel;syscall_entry 9
nm;user 9
ranlib;vmproc;port i/o 9
[no program];kernel;AddressSpace::put() 8
[no program];vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 8
bash;kernel;FdTable::clone() 8
bash;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 8
bash;vmlib;vmlib::uo::page_now(unsigned long) 8
cc1;kernel;syscall_dispatch 8
cc1;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 8
gcc;kernel;isr_stub_14 8
gcc;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 8
mkdir;vmlib;vmlib::handle_syscall(tandem_regs&) 8
ranlib;user 8
ranlib;vmlib;vmlib::handle_syscall(tandem_regs&) 8
as;vmlib;__vmlib_site 7
basename;user 7
bash;kernel;pmm::refcount(unsigned long) 7
bash;kernel;syscall_dispatch 7
bash;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 7
cc1;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 7
cc1;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 7
ld;vmlib;vmlib::load_gs_base(unsigned long) 7
ld;vmlib;vmlib::uo::find_block(unsigned long) 7
mv;kernel;isr_stub_14 7
sed;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 7
sed;kernel;memset 7
uname;user 7
xgettext;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
[no program];kernel;inode::put(Inode*) 6
as;kernel;pmm::put(unsigned long) 6
basename;vmlib;vmlib_host_syscall 6
bash;kernel;__strncpy_user 6
bash;kernel;memcmp 6
bash;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 6
bash;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 6
cc1;kernel;cmdline::strace() 6
cc1;kernel;itimer::expire(unsigned long) 6
cc1;kernel;pmm::alloc_pages(unsigned long) 6
cc1;kernel;strncpy_from_user(char*, char const*, unsigned long) 6
cc1;vmlib;vmlib::resume_user(tandem_regs&) 6
cc1;vmlib;vmlib::uo::flush_user_window() 6
cc;user 6
cc;vmlib;vmlib_host_syscall 6
chmod;user 6
conftest;vmproc;port i/o 6
diff;user 6
gcc;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 6
hostname;vmlib;vmlib_host_syscall 6
ld;kernel;trap_return 6
ld;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 6
ld;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 6
ld;vmlib;vmlib_resume_kernel_asm 6
ln;user 6
ln;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
ls;vmlib;vmlib_host_syscall 6
msgmerge;user 6
nm;kernel;isr_stub_14 6
sed;vmlib;vmlib::uo::find_block(unsigned long) 6
sh;vmproc;port i/o 6
as;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 5
as;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 5
awk;vmlib;vmlib_host_syscall 5
basename;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
bash;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 5
cat;kernel;isr_stub_14 5
cc1;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 5
cc1;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 5
cc1;kernel;pmm::alloc_run(unsigned long) 5
cc1;kernel;pmm::free_pages(unsigned long, unsigned long) 5
cc1;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 5
collect2;kernel;isr_stub_14 5
collect2;vmlib;vmlib::find_site(unsigned long) 5
collect2;vmlib;vmlib_site_dispatch 5
conftest;user 5
gcc;kernel;dcache::find(Dentry*, char const*, unsigned int) 5
gcc;kernel;pmm::get(unsigned long) 5
gcc;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
gcc;vmlib;vmlib_resume_kernel_asm 5
grep;kernel;isr_stub_14 5
grep;kernel;syscall_entry 5
ld;kernel;pmm::put(unsigned long) 5
ld;vmlib;syscall_entry 5
ld;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 5
mv;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
rm;vmlib;vmlib::find_site(unsigned long) 5
rm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
rmdir;vmproc;port i/o 5
sed;kernel;dcache::find(Dentry*, char const*, unsigned int) 5
uname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
[no program];kernel;kfree(void*) 4
[no program];vmproc;port i/o 4
ar;kernel;isr_stub_14 4
ar;vmlib;vmlib::find_site(unsigned long) 4
arch;vmlib;vmlib_host_syscall 4
as;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
as;vmlib;vmlib::resume_kernel(tandem_regs&) 4
as;vmlib;vmlib::uo::find_block(unsigned long) 4
as;vmlib;vmlib_resume_kernel_asm 4
bash;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 4
bash;kernel;kfree(void*) 4
bash;kernel;kstrlen(char const*) 4
bash;vmlib;trap_common 4
bash;vmlib;trap_return 4
cat;kernel;PageCache::find(unsigned long) const 4
cat;kernel;memset 4
cat;vmlib;vmlib_resume_kernel_asm 4
cc1;kernel;kstrlen(char const*) 4
cc1;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 4
cc1;kernel;trap_dispatch 4
cc1;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 4
cc1;vmlib;trap_return 4
cc1;vmlib;vmlib::enter_user_direct(tandem_regs&) 4
cc1;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 4
chmod;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
collect2;vmlib;vmlib_resume_kernel_asm 4
date;vmlib;vmlib_host_syscall 4
expr;user 4
gcc;kernel;PageCache::find(unsigned long) const 4
gcc;kernel;memcpy 4
gcc;kernel;pmm::take_run(unsigned long) 4
gcc;vmlib;vmlib::resume_kernel(tandem_regs&) 4
ld;kernel;pmm::get(unsigned long) 4
ld;kernel;pmm::take_run(unsigned long) 4
ld;kernel;syscall_dispatch 4
ld;vmlib;vmlib::resume_user(tandem_regs&) 4
ld;vmlib;vmlib::uo::flush_user_window() 4
ld;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 4
ls;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
mawk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
mawk;vmlib;vmlib::handle_syscall(tandem_regs&) 4
rm;kernel;pmm::get(unsigned long) 4
rm;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 4
rm;vmlib;vmlib_site_dispatch 4
rmdir;vmlib;vmlib_host_syscall 4
sed;kernel;PageCache::find(unsigned long) const 4
sed;kernel;__copy_user 4
sed;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 4
sed;vmlib;vmlib::resume_kernel(tandem_regs&) 4
[no program];kernel;WaitQueue::wake_all() 3
[no program];kernel;exec::execute(ExecRequest const&, char const**) 3
[no program];vmlib;tandem_x86_virtual_flags 3
[no program];vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 3
ar;kernel;PageCache::find(unsigned long) const 3
arch;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
as;kernel;PageCache::find(unsigned long) const 3
as;kernel;pmm::take_run(unsigned long) 3
as;vmlib;vmlib::enter_user_direct(tandem_regs&) 3
as;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 3
bash;kernel;AddressSpace::populate(unsigned long) 3
bash;kernel;AddressSpace::try_merge(Vma*) 3
bash;kernel;exec::execute(ExecRequest const&, char const**) 3
bash;kernel;isr_stub_32 3
bash;kernel;program_names::set(unsigned long, char const*) 3
bash;kernel;ptrace::traces_syscalls(Task*) 3
bash;kernel;sched::schedule() 3
bash;kernel;signal::pending_work(Task*) 3
bash;kernel;sys_rt_sigprocmask(SyscallArgs&) 3
bash;kernel;sys_wait4(SyscallArgs&) 3
bash;vmlib;vmlib::site_handler(unsigned short) 3
bash;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 3
cat;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 3
cat;vmlib;vmlib::uo::find_block(unsigned long) 3
cat;vmlib;vmlib::uo::reflect_ahead() 3
cat;vmlib;vmlib_site_dispatch 3
cc1;kernel;__strncpy_user 3
cc1;kernel;dcache::shrink() 3
cc1;kernel;kfree(void*) 3
cc1;kernel;memcpy 3
cc1;kernel;pmm::info(unsigned long) 3
cc1;kernel;traps::handle_page_fault(TrapFrame*) 3
cc1;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 3
cc1;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 3
cc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
collect2;kernel;PageCache::find(unsigned long) const 3
collect2;kernel;memset 3
file;vmproc;port i/o 3
gcc;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 3
gcc;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
gcc;kernel;__strncpy_user 3
gcc;kernel;kfree(void*) 3
gcc;kernel;kstrlen(char const*) 3
gcc;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 3
gcc;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 3
gcc;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 3
gcc;vmlib;vmlib::uo::find_block(unsigned long) 3
gcc;vmlib;vmlib::uo::reflect_ahead() 3
ld;kernel;kmalloc(unsigned long) 3
ld;vmlib;trap_return 3
ld;vmlib;vmlib::enter_user_direct(tandem_regs&) 3
ld;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 3
ld;vmlib;vmlib::site_handler(unsigned short) 3
ld;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 3
ld;vmlib;vmlib::uo::page_now(unsigned long) 3
ln;kernel;isr_stub_14 3
ls;user 3
make;kernel;isr_stub_14 3
make;kernel;memset 3
make;vmlib;vmlib::resume_kernel(tandem_regs&) 3
make;vmlib;vmlib_site_dispatch 3
mkdir;kernel;isr_stub_14 3
msgfmt;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
msgfmt;vmlib;vmlib::handle_syscall(tandem_regs&) 3
mv;vmlib;vmlib::uo::find_block(unsigned long) 3
ranlib;kernel;isr_stub_14 3
rm;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 3
rm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
rm;kernel;PageCache::find(unsigned long) const 3
rm;kernel;memset 3
rm;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 3
rm;vmlib;__vmlib_site 3
rm;vmlib;vmlib::resume_kernel(tandem_regs&) 3
rm;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 3
rm;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 3
rmdir;user 3
sed;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 3
sed;kernel;AddressSpace::unmap(unsigned long, unsigned long) 3
sed;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 3
sed;vmlib;vmlib::load_gs_base(unsigned long) 3
sed;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 3
sed;vmlib;vmlib::uo::reflect_ahead() 3
sh;kernel;pmm::free_pages(unsigned long, unsigned long) 3
sh;vmlib;vmlib_site_dispatch 3
sleep;vmlib;vmlib_host_syscall 3
sort;user 3
sort;vmlib;vmlib_host_syscall 3
tr;vmlib;vmlib_host_syscall 3
[no program];kernel;FdTable::close_on_exec() 2
[no program];kernel;dcache::put(Dentry*) 2
[no program];kernel;ptrace::release_tracees(Process*) 2
[no program];kernel;sched::schedule() 2
[no program];kernel;sched::wake(Task*) 2
[no program];vmlib;vmlib::resume(tandem_regs&) 2
[no program];vmlib;vmlib::site_handler(unsigned short) 2
[no program];vmlib;vmlib_space_resume 2
ar;kernel;pmm::get(unsigned long) 2
ar;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
ar;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 2
as;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 2
as;kernel;__copy_user 2
as;kernel;timer::irq(bool) 2
as;vmlib;vmlib::site_handler(unsigned short) 2
as;vmlib;vmlib::uo::flush_user_window() 2
bash;kernel;(anonymous namespace)::Devfs::open_special(Inode*, unsigned int, long*) 2
bash;kernel;AddressSpace::zero_fill(unsigned long, unsigned long) 2
bash;kernel;FdTable::get_file(int) 2
bash;kernel;fpu::handle_nm(TrapFrame*) 2
bash;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 2
bash;kernel;inode::get(Inode*) 2
bash;kernel;mounts::on(Mount*, Dentry*) 2
bash;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 2
bash;kernel;pmm::alloc_page() 2
bash;kernel;pmm::alloc_pages(unsigned long) 2
bash;kernel;pmm::free_pages(unsigned long, unsigned long) 2
bash;kernel;proc::clone(CloneRequest const&, TrapFrame*) 2
bash;kernel;strncpy_from_user(char*, char const*, unsigned long) 2
bash;kernel;sys_read(SyscallArgs&) 2
bash;kernel;sys_rt_sigaction(SyscallArgs&) 2
bash;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 2
bash;vmlib;vmlib::emulate_invlpg(tandem_site const&, tandem_regs&) 2
bash;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 2
bash;vmlib;vmlib::uo::key_is_sound(unsigned long) 2
bash;vmlib;vmlib_space_hand_off 2
bash;vmlib;vmlib_space_resume 2
cat;kernel;AddressSpace::discard(unsigned long, unsigned long) 2
cat;kernel;pmm::get(unsigned long) 2
cat;vmlib;__vmlib_site 2
cat;vmlib;vmlib::find_site(unsigned long) 2
cat;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
cat;vmlib;vmlib::resume_kernel(tandem_regs&) 2
cat;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
cc1;kernel;FdTable::get_file(int) 2
cc1;kernel;boot::info() 2
cc1;kernel;cputime::tick(bool, bool, unsigned int) 2
cc1;kernel;dcache::put(Dentry*) 2
cc1;kernel;pmm::put(unsigned long) 2
cc1;kernel;signal::pending_work(Task*) 2
cc1;kernel;sys_newfstatat(SyscallArgs&) 2
cc1;kernel;timer::irq(bool) 2
cc1;vmlib;syscall_entry 2
cc1;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 2
chmod;vmlib;vmlib_host_syscall 2
cmp;user 2
collect2;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
collect2;vmlib;__vmlib_site 2
conftest;kernel;syscall_entry 2
cp;vmlib;vmlib_host_syscall 2
date;user 2
dd;vmlib;vmlib_host_syscall 2
dirname;vmlib;__vmlib_site 2
expr;vmlib;vmlib::handle_syscall(tandem_regs&) 2
file;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
gcc;kernel;AddressSpace::populate(unsigned long) 2
gcc;kernel;cmdline::strace() 2
gcc;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 2
gcc;kernel;kmalloc(unsigned long) 2
gcc;kernel;memcmp 2
gcc;kernel;mounts::on(Mount*, Dentry*) 2
gcc;vmlib;__vmlib_site 2
gcc;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
gcc;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 2
grep;kernel;memset 2
grep;vmlib;vmlib_site_dispatch 2
hostname;user 2
hostname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
ld;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 2
ld;kernel;AddressSpace::discard(unsigned long, unsigned long) 2
ld;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 2
ld;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
ld;kernel;PageCache::find(unsigned long) const 2
ld;kernel;__strncpy_user 2
ld;kernel;cmdline::strace() 2
ld;kernel;memcpy 2
ld;kernel;mounts::on(Mount*, Dentry*) 2
ld;kernel;pmm::alloc_run(unsigned long) 2
ld;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 2
ld;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 2
ld;vmlib;vmlib::resume(tandem_regs&) 2
ld;vmlib;vmlib::uo::reflect_ahead() 2
make;kernel;AddressSpace::write_back(unsigned long, unsigned long) 2
make;kernel;memcpy 2
make;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 2
make;vmlib;syscall_entry 2
make;vmlib;vmlib::find_site(unsigned long) 2
make;vmlib;vmlib::load_gs_base(unsigned long) 2
mawk;vmlib;vmlib::find_site(unsigned long) 2
mawk;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
mawk;vmproc;port i/o 2
mkdir;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
mkdir;vmlib;vmlib_site_dispatch 2
mktemp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
mktemp;vmlib;vmlib_host_syscall 2
msgfmt;vmproc;port i/o 2
msgmerge;kernel;syscall_entry 2
mv;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
mv;kernel;PageCache::find(unsigned long) const 2
mv;kernel;pmm::get(unsigned long) 2
mv;vmlib;vmlib::resume_kernel(tandem_regs&) 2
mv;vmlib;vmlib::site_handler(unsigned short) 2
mv;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
mv;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
mv;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 2
mv;vmlib;vmlib_resume_kernel_asm 2
nm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
nm;kernel;syscall_entry 2
nm;vmlib;vmlib_site_dispatch 2
objdump;vmlib;vmlib_host_syscall 2
od;vmlib;vmlib_host_syscall 2
ranlib;kernel;syscall_entry 2
ranlib;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
rm;kernel;signal::pending_work(Task*) 2
rm;vmlib;vmlib::load_gs_base(unsigned long) 2
rm;vmlib;vmlib::resume_user(tandem_regs&) 2
rm;vmlib;vmlib::uo::find_block(unsigned long) 2
rm;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 2
sed;kernel;kfree(void*) 2
sed;kernel;pmm::put(unsigned long) 2
sed;kernel;pmm::take_run(unsigned long) 2
sed;kernel;sys_getrandom(SyscallArgs&) 2
sed;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
sed;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 2
sed;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
sed;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 2
sed;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
sh;kernel;context_switch 2
sh;kernel;isr_stub_14 2
sh;kernel;memset 2
sh;user 2
sh;vmlib;vmlib::find_site(unsigned long) 2
sh;vmlib;vmlib::handle_syscall(tandem_regs&) 2
sh;vmlib;vmlib::resume_kernel(tandem_regs&) 2
sh;vmlib;vmlib::site_handler(unsigned short) 2
sh;vmlib;vmlib_resume_kernel_asm 2
strip;vmlib;vmlib_host_syscall 2
tr;user 2
tr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
xgettext;kernel;isr_stub_14 2
xgettext;vmlib;vmlib::handle_syscall(tandem_regs&) 2
[no program];kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
[no program];kernel;proc::announce_exit(Process*) 1
[no program];kernel;proc::exit_thread(int) 1
[no program];kernel;program_names::set(unsigned long, char const*) 1
[no program];kernel;ptrace::exit_for_tracer(Process*) 1
[no program];vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
[no program];vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
[no program];vmlib;vmlib_space_hand_off 1
ar;kernel;memset 1
ar;kernel;syscall_dispatch 1
ar;kernel;syscall_entry 1
ar;vmlib;__vmlib_site 1
ar;vmlib;vmlib::resume_kernel(tandem_regs&) 1
ar;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
ar;vmlib;vmlib_site_dispatch 1
arch;kernel;PageCache::find(unsigned long) const 1
as;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
as;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
as;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
as;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
as;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
as;kernel;clock::realtime_ns() 1
as;kernel;dcache::get(Dentry*) 1
as;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
as;kernel;itimer::expire(unsigned long) 1
as;kernel;mounts::on(Mount*, Dentry*) 1
as;kernel;ptrace::traces_syscalls(Task*) 1
as;kernel;sched::PreemptGuard::~PreemptGuard() 1
as;kernel;sched::need_resched() 1
as;kernel;signal::pending_work(Task*) 1
as;kernel;sys_pread64(SyscallArgs&) 1
as;kernel;trap_return 1
as;kernel;traps::handle_page_fault(TrapFrame*) 1
as;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
as;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
as;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
as;vmlib;vmlib::load_gs_base(unsigned long) 1
as;vmlib;vmlib::resume_user(tandem_regs&) 1
as;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
as;vmlib;vmlib::uo::forget_page(unsigned long) 1
as;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
as;vmlib;vmlib::uo::page_now(unsigned long) 1
as;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
awk;user 1
awk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
awk;vmlib;vmlib::handle_syscall(tandem_regs&) 1
basename;kernel;futex::wake(unsigned long, bool, int, unsigned int) 1
basename;kernel;memcpy 1
basename;kernel;syscall_entry 1
basename;vmlib;vmlib::handle_syscall(tandem_regs&) 1
bash;kernel;(anonymous namespace)::PipeEnd::transfer_in(void const*, unsigned long, bool) [clone .part.0] 1
bash;kernel;(anonymous namespace)::RegularFile::seek(long, int) 1
bash;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
bash;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 1
bash;kernel;(anonymous namespace)::wake_key((anonymous namespace)::Key const&, int, unsigned int) 1
bash;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
bash;kernel;AddressSpace::copy_out(unsigned long, void const*, unsigned long) 1
bash;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
bash;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
bash;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
bash;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
bash;kernel;FdTable::close(int) 1
bash;kernel;FdTable::put() 1
bash;kernel;WaitQueue::sleep_locked() 1
bash;kernel;WaitQueue::wake_all() 1
bash;kernel;cmdline::strace() 1
bash;kernel;dcache::(anonymous namespace)::alloc(Dentry*, char const*, unsigned int, Inode*) 1
bash;kernel;dcache::get(Dentry*) 1
bash;kernel;dcache::put(Dentry*) 1
bash;kernel;entropy::fill(void*, unsigned long) 1
bash;kernel;entropy::random32() 1
bash;kernel;fpu::sync(Task*) 1
bash;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
bash;kernel;inode::put(Inode*) 1
bash;kernel;ktimer::expire(unsigned long) 1
bash;kernel;kvsnprintf(char*, unsigned long, char const*, __va_list_tag*) 1
bash;kernel;pmm::alloc_page_nozero() 1
bash;kernel;pmm::info(unsigned long) 1
bash;kernel;proc::count() 1
bash;kernel;proc::release_zombie(Process*) 1
bash;kernel;ptrace::signal_stop(Task*, int, signal::SigSource*) 1
bash;kernel;pty::drop_ctty(Process*) 1
bash;kernel;sched::(anonymous namespace)::reap_dead() 1
bash;kernel;sched::PreemptGuard::PreemptGuard() 1
bash;kernel;sched::create_task(char const*, void (*)(void*), void*) 1
bash;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
bash;kernel;signal::handle_pending(TrapFrame*) 1
bash;kernel;signal::sigreturn(TrapFrame*) 1
bash;kernel;sys_execve(SyscallArgs&) 1
bash;kernel;sys_ioctl(SyscallArgs&) 1
bash;kernel;sys_lseek(SyscallArgs&) 1
bash;kernel;sys_pread64(SyscallArgs&) 1
bash;kernel;sys_write(SyscallArgs&) 1
bash;kernel;timer::irq(bool) 1
bash;kernel;trap_common 1
bash;kernel;vfs::clone_fs_context(FsContext*) 1
bash;kernel;vmm::activate(unsigned long) 1
bash;kernel;vmm::create_root() 1
bash;kernel;vmm::table_of(unsigned long) 1
bash;vmlib;syscall_entry 1
bash;vmlib;tandem_x86_deliver_once 1
bash;vmlib;vmlib::deliver(tandem_regs&, unsigned int, bool, unsigned int, unsigned int) 1
bash;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
bash;vmlib;vmlib::operand_address(tandem_site const&, tandem_regs const&) 1
bash;vmlib;vmlib::uo::reflection_table() 1
bash;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
cat;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 1
cat;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
cat;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
cat;kernel;FdTable::get_file(int) 1
cat;kernel;FdTable::put() 1
cat;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
cat;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
cat;kernel;kmalloc(unsigned long) 1
cat;kernel;memcpy 1
cat;kernel;proc::exit_group(int) 1
cat;kernel;signal::pending_work(Task*) 1
cat;kernel;sys_mprotect(SyscallArgs&) 1
cat;kernel;sys_newfstatat(SyscallArgs&) 1
cat;kernel;syscall_dispatch 1
cat;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
cat;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
cat;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
cat;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
cat;vmlib;vmlib::site_handler(unsigned short) 1
cat;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
cc1;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
cc1;kernel;AddressSpace::colour_for(unsigned long, bool, unsigned long) 1
cc1;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
cc1;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
cc1;kernel;AddressSpace::set_brk(unsigned long) 1
cc1;kernel;AddressSpace::split(Vma*, unsigned long) 1
cc1;kernel;AddressSpace::try_merge(Vma*) 1
cc1;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
cc1;kernel;FdTable::install(File*, int, bool) 1
cc1;kernel;File::stat(LinuxStat*) 1
cc1;kernel;clock::realtime_ns() 1
cc1;kernel;dcache::get(Dentry*) 1
cc1;kernel;fpu::handle_nm(TrapFrame*) 1
cc1;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
cc1;kernel;futex::wake(unsigned long, bool, int, unsigned int) 1
cc1;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
cc1;kernel;make_regular_file() 1
cc1;kernel;ptrace::traces_syscalls(Task*) 1
cc1;kernel;sched::PreemptGuard::PreemptGuard() 1
cc1;kernel;traps::exit_to_user(TrapFrame*) 1
cc1;kernel;vmm::activate(unsigned long) 1
cc1;kernel;vmm::table_of(unsigned long) 1
cc1;vmlib;trap_common 1
cc1;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::guest_now_ns() 1
cc1;vmlib;vmlib::resume(tandem_regs&) 1
cc1;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
cc1;vmlib;vmlib::uo::page_now(unsigned long) 1
cc1;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
cc;kernel;pmm::alloc_pages(unsigned long) 1
cc;kernel;trap_return 1
cc;vmlib;vmlib::site_handler(unsigned short) 1
cc;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
cc;vmlib;vmlib_site_dispatch 1
cc;vmproc;port i/o 1
chmod;kernel;syscall_entry 1
chmod;vmlib;vmlib::handle_syscall(tandem_regs&) 1
chmod;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
chmod;vmlib;vmlib_site_dispatch 1
chmod;vmproc;port i/o 1
cmp;vmlib;vmlib_host_syscall 1
collect2;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 1
collect2;kernel;AddressSpace::copy_out(unsigned long, void const*, unsigned long) 1
collect2;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
collect2;kernel;WaitQueue::wake_all() 1
collect2;kernel;__strncpy_user 1
collect2;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
collect2;kernel;kfree(void*) 1
collect2;kernel;kstrlen(char const*) 1
collect2;kernel;pmm::get(unsigned long) 1
collect2;kernel;trap_return 1
collect2;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
collect2;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 1
collect2;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
collect2;vmlib;vmlib::load_gs_base(unsigned long) 1
collect2;vmlib;vmlib::resume(tandem_regs&) 1
collect2;vmlib;vmlib::uo::find_block(unsigned long) 1
collect2;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
collect2;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
collect2;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
collect2;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
collect2;vmlib;vmlib::uo::reflect_ahead() 1
conftest;kernel;PageCache::find(unsigned long) const 1
conftest;kernel;ptrace::traces_syscalls(Task*) 1
conftest;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
conftest;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
conftest;vmlib;vmlib::find_site(unsigned long) 1
conftest;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
conftest;vmlib;vmlib_site_dispatch 1
cp;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
cp;user 1
cp;vmlib;vmlib::handle_syscall(tandem_regs&) 1
cp;vmproc;port i/o 1
date;kernel;kstrlen(char const*) 1
date;kernel;syscall_entry 1
date;vmproc;port i/o 1
dd;user 1
diff;vmlib;vmlib::handle_syscall(tandem_regs&) 1
diff;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
dirname;kernel;memset 1
dirname;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
dirname;vmlib;vmlib::handle_syscall(tandem_regs&) 1
dirname;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
dirname;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
echo;kernel;isr_stub_14 1
echo;kernel;memset 1
echo;user 1
expr;kernel;isr_stub_14 1
expr;kernel;memcpy 1
expr;kernel;memset 1
expr;kernel;ptrace::traces_syscalls(Task*) 1
expr;vmproc;port i/o 1
gcc;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
gcc;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
gcc;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
gcc;kernel;FdTable::install(File*, int, bool) 1
gcc;kernel;context_switch 1
gcc;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 1
gcc;kernel;exec::execute(ExecRequest const&, char const**) 1
gcc;kernel;fpu::handle_nm(TrapFrame*) 1
gcc;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
gcc;kernel;inode::alloc(FileSystem*) 1
gcc;kernel;inode::put(Inode*) 1
gcc;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 1
gcc;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
gcc;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
gcc;kernel;proc::clone(CloneRequest const&, TrapFrame*) 1
gcc;kernel;proc::release_zombie(Process*) 1
gcc;kernel;ptrace::traces_syscalls(Task*) 1
gcc;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
gcc;kernel;sys_exit_group(SyscallArgs&) 1
gcc;kernel;syscall_dispatch 1
gcc;kernel;traps::handle_page_fault(TrapFrame*) 1
gcc;kernel;vfs::d_path(Path const&, char*, unsigned int) 1
gcc;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
gcc;vmlib;syscall_entry 1
gcc;vmlib;trap_return 1
gcc;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
gcc;vmlib;vmlib::site_handler(unsigned short) 1
getconf;vmlib;vmlib_host_syscall 1
grep;kernel;isr_stub_32 1
grep;kernel;kfree(void*) 1
grep;kernel;kstrlen(char const*) 1
grep;kernel;pmm::get(unsigned long) 1
grep;vmlib;vmlib::resume_user(tandem_regs&) 1
grep;vmlib;vmlib::uo::find_block(unsigned long) 1
grep;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
grep;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
grep;vmlib;vmlib::uo::reflect_ahead() 1
hostname;vmlib;vmlib::find_site(unsigned long) 1
hostname;vmlib;vmlib::uo::remove_block_at(unsigned int) 1
ld;kernel;(anonymous namespace)::RegularFile::write(void const*, unsigned long) 1
ld;kernel;AddressSpace::anon_fault_around(Vma*, unsigned long) 1
ld;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
ld;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
ld;kernel;AddressSpace::set_brk(unsigned long) 1
ld;kernel;AddressSpace::try_merge(Vma*) 1
ld;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
ld;kernel;FdTable::get_file(int) 1
ld;kernel;File::stat(LinuxStat*) 1
ld;kernel;boot::info() 1
ld;kernel;dcache::put(Dentry*) 1
ld;kernel;fpu::handle_nm(TrapFrame*) 1
ld;kernel;itimer::expire(unsigned long) 1
ld;kernel;kstrlen(char const*) 1
ld;kernel;make_regular_file() 1
ld;kernel;memcmp 1
ld;kernel;pmm::alloc_pages(unsigned long) 1
ld;kernel;pmm::info(unsigned long) 1
ld;kernel;sched::PreemptGuard::~PreemptGuard() 1
ld;kernel;sched::need_resched() 1
ld;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
ld;kernel;sys_lseek(SyscallArgs&) 1
ld;kernel;traps::handle_page_fault(TrapFrame*) 1
ld;vmlib;tandem_x86_virtual_flags 1
ld;vmlib;trap_common 1
ld;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
ld;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
ld;vmlib;vmlib::uo::key_is_sound(unsigned long) 1
ld;vmlib;vmlib::uo::remove_block_at(unsigned int) 1
ln;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
ln;kernel;kfree(void*) 1
ln;kernel;pmm::take_run(unsigned long) 1
ln;vmlib;vmlib::real_user_flags(unsigned long) 1
ln;vmlib;vmlib::resume_kernel(tandem_regs&) 1
ln;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
ln;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
ls;kernel;memset 1
make;kernel;PageCache::find(unsigned long) const 1
make;kernel;context_switch 1
make;kernel;entropy::(anonymous namespace)::quarter(unsigned int*, int, int, int, int) 1
make;kernel;pmm::take_run(unsigned long) 1
make;kernel;sys_rt_sigprocmask(SyscallArgs&) 1
make;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
make;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 1
make;vmlib;vmlib::uo::host_timer_in(unsigned long) 1
make;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
mawk;kernel;PageCache::find(unsigned long) const 1
mawk;kernel;memcpy 1
mawk;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
mawk;vmlib;vmlib_site_dispatch 1
mkdir;kernel;kmalloc(unsigned long) 1
mkdir;kernel;syscall_entry 1
mkdir;vmlib;vmlib::find_site(unsigned long) 1
mktemp;user 1
mktemp;vmproc;port i/o 1
msgfmt;kernel;AddressSpace::try_merge(Vma*) 1
msgfmt;kernel;memset 1
msgfmt;kernel;pmm::refcount(unsigned long) 1
msgfmt;vmlib;syscall_entry 1
msgfmt;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
msgmerge;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
msgmerge;vmlib;vmlib::handle_syscall(tandem_regs&) 1
msgmerge;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
msgmerge;vmproc;port i/o 1
mt;user 1
mv;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
mv;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
mv;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
mv;kernel;__copy_user 1
mv;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
mv;kernel;kstrlen(char const*) 1
mv;kernel;memcpy 1
mv;kernel;syscall_dispatch 1
mv;kernel;traps::handle_page_fault(TrapFrame*) 1
mv;vmlib;__vmlib_site 1
mv;vmlib;syscall_entry 1
mv;vmlib;vmlib::find_site(unsigned long) 1
mv;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
mv;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
mv;vmlib;vmlib_site_dispatch 1
nm;kernel;traps::handle_page_fault(TrapFrame*) 1
nm;vmlib;__vmlib_site 1
nm;vmlib;vmlib::find_site(unsigned long) 1
nm;vmlib;vmlib::handle_syscall(tandem_regs&) 1
nm;vmlib;vmlib::resume_kernel(tandem_regs&) 1
nm;vmlib;vmlib::uo::find_block(unsigned long) 1
nm;vmlib;vmlib::uo::reflect_ahead() 1
nm;vmproc;port i/o 1
objdump;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
objdump;vmlib;vmlib::handle_syscall(tandem_regs&) 1
objdump;vmproc;port i/o 1
od;kernel;FdTable::put() 1
od;user 1
od;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
ranlib;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
ranlib;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
ranlib;kernel;PageCache::find(unsigned long) const 1
ranlib;kernel;memset 1
ranlib;vmlib;vmlib_site_dispatch 1
rm;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
rm;kernel;AddressSpace::find(unsigned long) 1
rm;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
rm;kernel;Task::user_frame() const 1
rm;kernel;__copy_user 1
rm;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
rm;kernel;fsvc::(anonymous namespace)::FsvcFs::lookup(Inode*, char const*, unsigned int, Inode**) 1
rm;kernel;fsvc::(anonymous namespace)::FsvcFs::release(Inode*) 1
rm;kernel;memcmp 1
rm;kernel;memcpy 1
rm;kernel;ptrace::traces_syscalls(Task*) 1
rm;kernel;sys_access(SyscallArgs&) 1
rm;kernel;sys_brk(SyscallArgs&) 1
rm;kernel;syscall_dispatch 1
rm;kernel;trap_dispatch 1
rm;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
rm;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
rm;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
rm;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
rm;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
rm;vmlib;vmlib::kernel_range_ok(unsigned long, unsigned long) 1
rm;vmlib;vmlib::resume(tandem_regs&) 1
rm;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
rm;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
rm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
rm;vmlib;vmlib::uo::remove_block_at(unsigned int) 1
rm;vmlib;vmlib_resume_kernel_asm 1
rmdir;vmlib;vmlib::handle_syscall(tandem_regs&) 1
sed;kernel;(anonymous namespace)::PipeEnd::~PipeEnd() 1
sed;kernel;(anonymous namespace)::Procfs::lookup(Inode*, char const*, unsigned int, Inode**) 1
sed;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
sed;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
sed;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
sed;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
sed;kernel;FileSystem::link_target(Inode*, Path*) 1
sed;kernel;WaitQueue::wake_all() 1
sed;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
sed;kernel;entropy::(anonymous namespace)::quarter(unsigned int*, int, int, int, int) 1
sed;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
sed;kernel;kstrlen(char const*) 1
sed;kernel;memcpy 1
sed;kernel;pmm::get(unsigned long) 1
sed;kernel;ptrace::traces_syscalls(Task*) 1
sed;kernel;sys_close(SyscallArgs&) 1
sed;kernel;sys_write(SyscallArgs&) 1
sed;kernel;syscall_dispatch 1
sed;kernel;trap_dispatch 1
sed;kernel;trap_return 1
sed;kernel;traps::handle_page_fault(TrapFrame*) 1
sed;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
sed;vmlib;__vmlib_site 1
sed;vmlib;trap_return 1
sed;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
sed;vmlib;vmlib::site_handler(unsigned short) 1
sed;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
sed;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
sed;vmlib;vmlib_resume_kernel_asm 1
sh;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 1
sh;kernel;kfree(void*) 1
sh;kernel;sched::load_user_bases(Task*) 1
sh;kernel;sched::schedule() 1
sh;kernel;signal::interrupt_pending(Task*) 1
sh;kernel;vmm::activate(unsigned long) 1
sh;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 1
sh;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
sh;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
sh;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
sh;vmlib;vmlib::uo::host_timer_in(unsigned long) 1
sh;vmlib;vmlib_space_hand_off 1
sleep;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
sleep;user 1
sleep;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
sort;kernel;isr_stub_14 1
sort;kernel;syscall_entry 1
sort;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
sort;vmlib;vmlib::handle_syscall(tandem_regs&) 1
sort;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
sort;vmlib;vmlib::uo::reflect_ahead() 1
sort;vmlib;vmlib_resume_kernel_asm 1
touch;vmlib;vmlib_host_syscall 1
touch;vmproc;port i/o 1
true;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
true;vmlib;vmlib_host_syscall 1
uname;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 1
uname;vmlib;vmlib::handle_syscall(tandem_regs&) 1
uname;vmlib;vmlib::resume_kernel(tandem_regs&) 1
uniq;vmlib;vmlib_host_syscall 1
xgettext;vmlib;vmlib::uo::reflect_ahead() 1
xgettext;vmlib;vmlib_resume_kernel_asm 1
