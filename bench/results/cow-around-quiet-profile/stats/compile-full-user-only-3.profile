cc1;user 22846
bash;vmlib;vmlib_host_syscall 5325
bash;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4911
cc1;vmlib;vmlib_host_syscall 2944
[no program];vmlib;vmlib_host_syscall 2375
bash;user 1615
ld;user 1354
as;user 1011
cc1;vmlib;vmlib::handle_syscall(tandem_regs&) 944
cc1;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 885
bash;vmproc;port i/o 748
as;vmlib;vmlib_host_syscall 655
bash;vmlib;vmlib::handle_syscall(tandem_regs&) 631
ld;vmlib;vmlib_host_syscall 598
sed;vmlib;vmlib_host_syscall 577
ld;vmlib;vmlib::handle_syscall(tandem_regs&) 517
rm;vmlib;vmlib_host_syscall 456
sed;user 439
gcc;vmlib;vmlib_host_syscall 389
as;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 350
cat;vmlib;vmlib_host_syscall 302
ld;vmproc;port i/o 288
rm;user 279
cc1;kernel;syscall_entry 271
sed;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 260
gcc;user 251
bash;kernel;isr_stub_14 225
sh;vmlib;vmlib_host_syscall 218
cc1;kernel;memset 205
as;vmproc;port i/o 200
rm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 185
rm;vmproc;port i/o 184
mv;vmlib;vmlib_host_syscall 174
bash;kernel;syscall_entry 171
ld;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 155
cc1;kernel;isr_stub_14 149
bash;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 142
cat;user 140
cc1;vmproc;port i/o 138
[no program];kernel;pmm::put(unsigned long) 134
bash;kernel;memcpy 130
gcc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 129
ld;kernel;syscall_entry 128
gcc;vmlib;vmlib::handle_syscall(tandem_regs&) 111
cc1;vmlib;vmlib::find_site(unsigned long) 110
cc1;vmlib;vmlib_site_dispatch 107
collect2;vmlib;vmlib_host_syscall 96
cat;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 95
ar;vmlib;vmlib_host_syscall 90
[no program];kernel;vmm::(anonymous namespace)::free_table(unsigned long, int) 86
sed;vmlib;vmlib::handle_syscall(tandem_regs&) 84
bash;vmlib;vmlib::find_site(unsigned long) 83
mv;user 81
as;vmlib;vmlib::handle_syscall(tandem_regs&) 80
cc1;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 80
grep;vmlib;vmlib_host_syscall 79
bash;vmlib;vmlib::uo::flush_user_window() 76
gcc;vmproc;port i/o 75
mv;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 75
bash;vmlib;vmlib_site_dispatch 72
ar;vmproc;port i/o 70
make;vmlib;vmlib::handle_syscall(tandem_regs&) 65
grep;user 61
cc1;kernel;pmm::get(unsigned long) 60
mv;vmproc;port i/o 60
rm;vmlib;vmlib::handle_syscall(tandem_regs&) 58
collect2;user 56
bash;kernel;vmm::walk(unsigned long, unsigned long, bool) 55
cc1;kernel;PageCache::find(unsigned long) const 55
bash;kernel;pmm::get(unsigned long) 52
make;user 49
bash;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 48
[no program];vmlib;vmlib_site_dispatch 46
bash;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 46
cc1;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 46
grep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 45
ld;kernel;memset 44
mkdir;vmlib;vmlib_host_syscall 43
ar;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 42
bash;vmlib;vmlib::resume_kernel(tandem_regs&) 41
make;vmlib;vmlib_host_syscall 41
bash;kernel;memset 40
cc1;vmlib;vmlib::resume_kernel(tandem_regs&) 39
mv;vmlib;vmlib::handle_syscall(tandem_regs&) 39
cat;vmproc;port i/o 37
make;vmproc;port i/o 37
sed;kernel;isr_stub_14 37
bash;kernel;pmm::refcount(unsigned long) 36
gcc;kernel;syscall_entry 36
bash;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 34
collect2;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 34
nm;vmlib;vmlib_host_syscall 34
as;kernel;isr_stub_14 33
bash;vmlib;vmlib::uo::reflect_ahead() 33
cat;vmlib;vmlib::handle_syscall(tandem_regs&) 33
cc1;vmlib;vmlib::uo::find_block(unsigned long) 32
ld;vmlib;vmlib::find_site(unsigned long) 32
cc1;vmlib;vmlib_resume_kernel_asm 31
collect2;vmlib;vmlib::handle_syscall(tandem_regs&) 31
ar;user 30
bash;vmlib;vmlib::uo::find_block(unsigned long) 30
mkdir;user 30
[no program];vmlib;vmlib::find_site(unsigned long) 29
bash;kernel;pmm::put(unsigned long) 28
bash;vmlib;vmlib_resume_kernel_asm 27
cc1;kernel;dcache::find(Dentry*, char const*, unsigned int) 27
cc1;vmlib;__vmlib_site 27
cc1;vmlib;vmlib::uo::reflect_ahead() 27
mkdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 27
rm;kernel;isr_stub_14 27
sed;kernel;syscall_entry 27
bash;kernel;AddressSpace::clone_cow() 26
cc1;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 26
cc1;kernel;isr_stub_32 26
nm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 26
ranlib;vmlib;vmlib_host_syscall 26
cc1;kernel;pmm::take_run(unsigned long) 25
[no program];vmlib;vmlib::resume_kernel(tandem_regs&) 24
as;kernel;syscall_entry 24
sed;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 24
bash;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 23
ld;kernel;isr_stub_14 23
ld;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 23
ld;vmlib;vmlib_site_dispatch 23
[no program];vmlib;vmlib_resume_kernel_asm 22
make;kernel;syscall_entry 22
bash;vmlib;__vmlib_site 20
gcc;vmlib;vmlib_site_dispatch 20
rm;kernel;syscall_entry 20
cc1;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 19
cc1;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 18
cc1;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 18
dirname;vmlib;vmlib_host_syscall 18
[no program];kernel;vmm::destroy_root(unsigned long) 17
cat;kernel;isr_stub_14 17
[no program];vmproc;port i/o 16
bash;kernel;pmm::take_run(unsigned long) 16
bash;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 16
cc1;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 16
cc1;kernel;syscall_dispatch 16
collect2;vmproc;port i/o 16
gcc;kernel;isr_stub_14 16
bash;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 15
bash;kernel;PageCache::find(unsigned long) const 15
nm;user 15
sed;vmlib;vmlib::find_site(unsigned long) 15
sed;vmproc;port i/o 15
xgettext;vmproc;port i/o 15
[no program];vmlib;__vmlib_site 14
cc1;kernel;vmm::walk(unsigned long, unsigned long, bool) 14
mawk;vmlib;vmlib_host_syscall 14
msgfmt;vmlib;vmlib_host_syscall 14
sed;vmlib;vmlib_site_dispatch 14
xgettext;vmlib;vmlib_host_syscall 14
bash;kernel;fpu::handle_nm(TrapFrame*) 13
bash;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 13
bash;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 13
grep;vmlib;vmlib::handle_syscall(tandem_regs&) 13
ln;vmlib;vmlib_host_syscall 13
mkdir;vmlib;vmlib::handle_syscall(tandem_regs&) 13
mv;kernel;syscall_entry 13
ranlib;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 13
as;kernel;memcpy 12
as;vmlib;vmlib_site_dispatch 12
basename;vmlib;vmlib_host_syscall 12
cc1;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 12
cc1;vmlib;vmlib::uo::flush_user_window() 12
cc1;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 12
conftest;vmproc;port i/o 12
dirname;user 12
expr;user 12
ld;vmlib;vmlib_resume_kernel_asm 12
sed;kernel;memcpy 12
uname;vmlib;vmlib_host_syscall 12
[no program];vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 11
as;kernel;memset 11
bash;vmlib;vmlib::load_gs_base(unsigned long) 11
cc1;kernel;(anonymous namespace)::do_readlink(unsigned long, unsigned long, unsigned long, unsigned long) 11
expr;vmlib;vmlib_host_syscall 11
make;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 11
msgfmt;user 11
msgmerge;user 11
mv;kernel;isr_stub_14 11
sed;vmlib;vmlib::resume_kernel(tandem_regs&) 11
xgettext;user 11
[no program];kernel;AddressSpace::write_back(unsigned long, unsigned long) 10
bash;kernel;dcache::find(Dentry*, char const*, unsigned int) 10
bash;kernel;kmalloc(unsigned long) 10
cc1;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 10
cc1;kernel;memcpy 10
cc1;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 10
cc1;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 10
cc1;vmlib;vmlib::load_gs_base(unsigned long) 10
conftest;vmlib;vmlib::handle_syscall(tandem_regs&) 10
gcc;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 10
ld;vmlib;vmlib::resume_kernel(tandem_regs&) 10
ranlib;user 10
ranlib;vmproc;port i/o 10
sed;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 10
ar;kernel;memcpy 9
ar;vmlib;vmlib::handle_syscall(tandem_regs&) 9
as;vmlib;vmlib::find_site(unsigned long) 9
bash;kernel;trap_return 9
bash;kernel;traps::handle_page_fault(TrapFrame*) 9
bash;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 9
bash;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 9
cc1;kernel;trap_return 9
chmod;vmlib;vmlib_host_syscall 9
collect2;kernel;syscall_entry 9
gcc;kernel;memset 9
gcc;vmlib;vmlib::find_site(unsigned long) 9
ln;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 9
sed;vmlib;vmlib::uo::reflect_ahead() 9
sh;vmproc;port i/o 9
[no program];vmlib;tandem_x86_irq_deliverable 8
[no program];vmlib;vmlib::deliver_pending_irq(tandem_regs&) 8
bash;kernel;__strncpy_user 8
bash;kernel;syscall_dispatch 8
bash;vmlib;tandem_x86_irq_deliverable 8
bash;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 8
cc1;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 8
cc1;kernel;itimer::expire(unsigned long) 8
cc1;kernel;kmalloc(unsigned long) 8
cc1;kernel;mounts::on(Mount*, Dentry*) 8
cc1;vmlib;vmlib::enter_user_direct(tandem_regs&) 8
collect2;vmlib;vmlib::find_site(unsigned long) 8
gcc;kernel;memcpy 8
gcc;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 8
mawk;user 8
ranlib;vmlib;vmlib::handle_syscall(tandem_regs&) 8
rm;vmlib;vmlib::find_site(unsigned long) 8
sed;kernel;PageCache::find(unsigned long) const 8
sh;kernel;sched::schedule() 8
as;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 7
as;vmlib;vmlib::uo::find_block(unsigned long) 7
basename;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
bash;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 7
bash;kernel;__copy_user 7
bash;kernel;isr_stub_32 7
bash;kernel;kstrlen(char const*) 7
bash;kernel;trap_dispatch 7
bash;vmlib;vmlib::enter_user_direct(tandem_regs&) 7
bash;vmlib;vmlib::resume_user(tandem_regs&) 7
bash;vmlib;vmlib::site_handler(unsigned short) 7
cat;kernel;syscall_entry 7
cc1;kernel;__copy_user 7
cc1;kernel;__strncpy_user 7
cc1;kernel;memcmp 7
cc1;vmlib;vmlib::resume_user(tandem_regs&) 7
cc1;vmlib;vmlib::site_handler(unsigned short) 7
collect2;vmlib;vmlib_site_dispatch 7
dirname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
expr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
gcc;vmlib;__vmlib_site 7
gcc;vmlib;vmlib::resume_kernel(tandem_regs&) 7
ld;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 7
ld;kernel;PageCache::find(unsigned long) const 7
ld;kernel;dcache::find(Dentry*, char const*, unsigned int) 7
ld;vmlib;vmlib::uo::flush_user_window() 7
ld;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 7
ln;vmproc;port i/o 7
mawk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
mkdir;vmproc;port i/o 7
msgmerge;vmlib;vmlib_host_syscall 7
sed;kernel;pmm::get(unsigned long) 7
sed;vmlib;vmlib::uo::find_block(unsigned long) 7
sh;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
sort;vmlib;vmlib_host_syscall 7
uname;user 7
uname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
xgettext;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
[no program];kernel;kfree(void*) 6
[no program];kernel;program_names::forget(unsigned long) 6
[no program];vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 6
ar;kernel;isr_stub_14 6
as;kernel;PageCache::find(unsigned long) const 6
bash;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 6
gcc;kernel;kmalloc(unsigned long) 6
gcc;vmlib;vmlib::uo::find_block(unsigned long) 6
gcc;vmlib;vmlib_resume_kernel_asm 6
ld;kernel;__copy_user 6
ln;user 6
msgmerge;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
rm;vmlib;vmlib_site_dispatch 6
sh;user 6
sort;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
[no program];kernel;inode::put(Inode*) 5
[no program];kernel;signal::(anonymous namespace)::post_process(Process*, int, signal::SigSource const&, bool) 5
[no program];vmlib;tandem_x86_virtual_flags 5
[no program];vmlib;vmlib::site_handler(unsigned short) 5
as;kernel;__copy_user 5
as;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
as;vmlib;vmlib::uo::reflect_ahead() 5
awk;vmlib;vmlib_host_syscall 5
bash;kernel;FdTable::put() 5
bash;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 5
bash;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 5
bash;kernel;signal::pending_work(Task*) 5
bash;vmlib;trap_return 5
bash;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 5
bash;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 5
cat;vmlib;vmlib::find_site(unsigned long) 5
cat;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
cc1;kernel;cmdline::strace() 5
cc1;kernel;kfree(void*) 5
cc1;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 5
cc1;kernel;pmm::free_pages(unsigned long, unsigned long) 5
cc1;kernel;strncpy_from_user(char*, char const*, unsigned long) 5
cc1;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 5
cc1;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 5
cc;user 5
cc;vmlib;vmlib_host_syscall 5
conftest;vmlib;vmlib_host_syscall 5
gcc;kernel;__strncpy_user 5
gcc;kernel;pmm::get(unsigned long) 5
gcc;vmlib;vmlib::uo::reflect_ahead() 5
ld;kernel;kmalloc(unsigned long) 5
ld;kernel;vmm::walk(unsigned long, unsigned long, bool) 5
ld;vmlib;__vmlib_site 5
ld;vmlib;vmlib::uo::find_block(unsigned long) 5
ld;vmlib;vmlib::uo::reflect_ahead() 5
ls;user 5
make;vmlib;vmlib::find_site(unsigned long) 5
msgfmt;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
rm;kernel;PageCache::find(unsigned long) const 5
rm;vmlib;vmlib::uo::reflect_ahead() 5
rmdir;user 5
sed;kernel;memset 5
sed;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 5
sed;vmlib;vmlib_resume_kernel_asm 5
tr;vmlib;vmlib_host_syscall 5
[no program];kernel;exec::execute(ExecRequest const&, char const**) 4
[no program];kernel;proc::announce_exit(Process*) 4
[no program];kernel;proc::exit_thread(int) 4
[no program];vmlib;vmlib_space_resume 4
ar;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
basename;user 4
bash;kernel;FdTable::clone() 4
bash;kernel;context_switch 4
bash;kernel;exec::execute(ExecRequest const&, char const**) 4
bash;kernel;kfree(void*) 4
bash;kernel;memcmp 4
bash;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 4
bash;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 4
bash;vmlib;vmlib::uo::flush_user_page(unsigned long) 4
bash;vmlib;vmlib_space_resume 4
cat;vmlib;vmlib_site_dispatch 4
cc1;kernel;pmm::put(unsigned long) 4
cc1;kernel;signal::pending_work(Task*) 4
cc1;kernel;timer::irq(bool) 4
cc1;kernel;traps::handle_page_fault(TrapFrame*) 4
cc1;vmlib;vmlib::uo::page_now(unsigned long) 4
cc;vmproc;port i/o 4
chmod;user 4
conftest;kernel;syscall_entry 4
conftest;user 4
diff;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
gcc;kernel;PageCache::find(unsigned long) const 4
gcc;kernel;dcache::find(Dentry*, char const*, unsigned int) 4
gcc;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 4
grep;vmproc;port i/o 4
hostname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
hostname;vmlib;vmlib_host_syscall 4
ld;kernel;AddressSpace::discard(unsigned long, unsigned long) 4
ld;kernel;pmm::get(unsigned long) 4
ld;kernel;pmm::put(unsigned long) 4
ld;kernel;pmm::take_run(unsigned long) 4
ld;kernel;traps::handle_page_fault(TrapFrame*) 4
ld;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 4
ld;vmlib;vmlib::load_gs_base(unsigned long) 4
ln;kernel;isr_stub_14 4
make;vmlib;vmlib_site_dispatch 4
mv;kernel;pmm::get(unsigned long) 4
mv;vmlib;vmlib::find_site(unsigned long) 4
nm;kernel;isr_stub_14 4
rm;kernel;syscall_dispatch 4
rm;vmlib;vmlib::resume_kernel(tandem_regs&) 4
rm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 4
rm;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 4
rmdir;vmlib;vmlib_host_syscall 4
sed;vmlib;vmlib::resume_user(tandem_regs&) 4
sed;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 4
sh;kernel;memset 4
touch;vmproc;port i/o 4
[no program];kernel;AddressSpace::put() 3
[no program];kernel;FdTable::close_on_exec() 3
[no program];kernel;ptrace::release_tracees(Process*) 3
[no program];vmlib;vmlib::resume(tandem_regs&) 3
as;kernel;pmm::get(unsigned long) 3
as;kernel;pmm::put(unsigned long) 3
as;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 3
as;vmlib;vmlib::resume_kernel(tandem_regs&) 3
as;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 3
as;vmlib;vmlib_resume_kernel_asm 3
bash;kernel;AddressSpace::populate(unsigned long) 3
bash;kernel;AddressSpace::try_merge(Vma*) 3
bash;kernel;program_names::set(unsigned long, char const*) 3
bash;kernel;ptrace::traces_syscalls(Task*) 3
bash;vmlib;syscall_entry 3
bash;vmlib;vmlib::uo::key_is_sound(unsigned long) 3
bash;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 3
bash;vmlib;vmlib::uo::page_now(unsigned long) 3
cat;kernel;memcpy 3
cat;kernel;memset 3
cat;kernel;pmm::get(unsigned long) 3
cat;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 3
cat;vmlib;vmlib::uo::reflect_ahead() 3
cc1;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 3
cc1;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 3
cc1;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 3
cc1;kernel;dcache::get(Dentry*) 3
cc1;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 3
cc1;kernel;pmm::alloc_pages(unsigned long) 3
cc1;kernel;ptrace::traces_syscalls(Task*) 3
cc1;kernel;ptrace::trap_pending(Task*) 3
cc1;vmlib;tandem_x86_irq_deliverable 3
cc1;vmlib;trap_common 3
cc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
collect2;kernel;isr_stub_14 3
collect2;vmlib;vmlib_resume_kernel_asm 3
date;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
file;vmproc;port i/o 3
gcc;kernel;entropy::fill(void*, unsigned long) 3
gcc;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 3
gcc;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 3
gcc;kernel;vmm::walk(unsigned long, unsigned long, bool) 3
gcc;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 3
grep;kernel;syscall_entry 3
ld;kernel;isr_stub_32 3
ld;kernel;memcpy 3
ld;kernel;mounts::on(Mount*, Dentry*) 3
ld;kernel;signal::pending_work(Task*) 3
ld;kernel;trap_return 3
ld;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 3
ld;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 3
ls;vmlib;vmlib_host_syscall 3
make;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 3
make;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 3
mkdir;kernel;isr_stub_14 3
mktemp;vmlib;vmlib_host_syscall 3
mv;kernel;dcache::find(Dentry*, char const*, unsigned int) 3
mv;vmlib;vmlib_site_dispatch 3
nm;vmlib;vmlib::handle_syscall(tandem_regs&) 3
rm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
rm;kernel;pmm::get(unsigned long) 3
rm;vmlib;vmlib::uo::find_block(unsigned long) 3
rm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 3
rm;vmlib;vmlib_resume_kernel_asm 3
rmdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
sed;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
sed;kernel;__copy_user 3
sed;kernel;dcache::find(Dentry*, char const*, unsigned int) 3
sed;kernel;kfree(void*) 3
sed;kernel;pmm::take_run(unsigned long) 3
sed;vmlib;__vmlib_site 3
sed;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 3
sed;vmlib;vmlib::load_gs_base(unsigned long) 3
sed;vmlib;vmlib::site_handler(unsigned short) 3
sh;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 3
sh;vmlib;vmlib::resume_kernel(tandem_regs&) 3
sleep;vmlib;vmlib_host_syscall 3
sort;user 3
uname;vmlib;vmlib::handle_syscall(tandem_regs&) 3
xgettext;kernel;syscall_entry 3
[no program];vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 2
ar;kernel;syscall_entry 2
ar;vmlib;vmlib::find_site(unsigned long) 2
ar;vmlib;vmlib::resume_kernel(tandem_regs&) 2
ar;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
arch;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
arch;vmlib;vmlib_host_syscall 2
as;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 2
as;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 2
as;kernel;AddressSpace::try_merge(Vma*) 2
as;kernel;AddressSpace::write_back(unsigned long, unsigned long) 2
as;kernel;isr_stub_32 2
as;kernel;kmalloc(unsigned long) 2
as;kernel;trap_return 2
as;kernel;vmm::walk(unsigned long, unsigned long, bool) 2
as;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
as;vmlib;vmlib::load_gs_base(unsigned long) 2
as;vmlib;vmlib::resume(tandem_regs&) 2
as;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 2
awk;kernel;syscall_entry 2
basename;vmlib;vmlib::find_site(unsigned long) 2
bash;kernel;(anonymous namespace)::RegularFile::write(void const*, unsigned long) 2
bash;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 2
bash;kernel;AddressSpace::discard(unsigned long, unsigned long) 2
bash;kernel;FdTable::get_file(int) 2
bash;kernel;dcache::shrink() 2
bash;kernel;fpu::sync(Task*) 2
bash;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 2
bash;kernel;inode::get(Inode*) 2
bash;kernel;itimer::expire(unsigned long) 2
bash;kernel;kvsnprintf(char*, unsigned long, char const*, __va_list_tag*) 2
bash;kernel;mounts::on(Mount*, Dentry*) 2
bash;kernel;pipe::create(File**, File**, unsigned int) 2
bash;kernel;pmm::alloc_page() 2
bash;kernel;pmm::free_pages(unsigned long, unsigned long) 2
bash;kernel;proc::clone(CloneRequest const&, TrapFrame*) 2
bash;kernel;sched::preempt_point() 2
bash;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 2
bash;kernel;sys_rt_sigprocmask(SyscallArgs&) 2
bash;kernel;traps::exit_to_user(TrapFrame*) 2
bash;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 2
bash;kernel;vmm::activate(unsigned long) 2
bash;kernel;vmm::create_root() 2
bash;vmlib;trap_common 2
bash;vmlib;vmlib::emulate_invlpg(tandem_site const&, tandem_regs&) 2
bash;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 2
bash;vmlib;vmlib::exit_to_host(tandem_exit_reason) 2
bash;vmlib;vmlib::resume(tandem_regs&) 2
cat;vmlib;__vmlib_site 2
cat;vmlib;tandem_x86_irq_deliverable 2
cat;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
cc1;kernel;AddressSpace::set_brk(unsigned long) 2
cc1;kernel;cputime::tick(bool, bool, unsigned int) 2
cc1;kernel;dcache::put(Dentry*) 2
cc1;kernel;pmm::alloc_run(unsigned long) 2
cc1;kernel;pmm::free_count() 2
cc1;kernel;pmm::info(unsigned long) 2
cc1;kernel;sched::PreemptGuard::PreemptGuard() 2
cc1;kernel;sys_read(SyscallArgs&) 2
cc1;kernel;trap_common 2
cc1;kernel;trap_dispatch 2
cc1;vmlib;trap_return 2
cc1;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 2
cc1;vmlib;vmlib::uo::key_is_sound(unsigned long) 2
cc;vmlib;vmlib_site_dispatch 2
chmod;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
collect2;kernel;kfree(void*) 2
collect2;kernel;kmalloc(unsigned long) 2
collect2;kernel;kstrlen(char const*) 2
collect2;kernel;memcpy 2
collect2;kernel;pmm::get(unsigned long) 2
collect2;kernel;syscall_dispatch 2
collect2;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 2
collect2;vmlib;vmlib::resume_kernel(tandem_regs&) 2
collect2;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
collect2;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 2
cp;user 2
cp;vmlib;vmlib_host_syscall 2
date;vmlib;vmlib_host_syscall 2
diff;vmlib;vmlib_host_syscall 2
echo;user 2
gcc;kernel;AddressSpace::find(unsigned long) 2
gcc;kernel;memcmp 2
gcc;kernel;mounts::on(Mount*, Dentry*) 2
gcc;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 2
gcc;kernel;pmm::take_run(unsigned long) 2
gcc;kernel;trap_dispatch 2
gcc;kernel;trap_return 2
gcc;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 2
gcc;vmlib;vmlib::load_gs_base(unsigned long) 2
grep;kernel;PageCache::find(unsigned long) const 2
grep;kernel;isr_stub_14 2
grep;vmlib;__vmlib_site 2
grep;vmlib;vmlib::find_site(unsigned long) 2
grep;vmlib;vmlib::resume_kernel(tandem_regs&) 2
grep;vmlib;vmlib::uo::find_block(unsigned long) 2
ld;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 2
ld;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
ld;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
ld;kernel;cmdline::strace() 2
ld;kernel;memcmp 2
ld;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 2
ld;kernel;pmm::alloc_run(unsigned long) 2
ld;kernel;ptrace::traces_syscalls(Task*) 2
ld;kernel;syscall_dispatch 2
ld;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 2
ld;vmlib;trap_return 2
ld;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
ld;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
ld;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
ld;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
ld;vmlib;vmlib::uo::page_now(unsigned long) 2
ld;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 2
ln;vmlib;vmlib::handle_syscall(tandem_regs&) 2
ls;vmlib;vmlib::handle_syscall(tandem_regs&) 2
make;kernel;__copy_user 2
make;kernel;isr_stub_14 2
make;kernel;memcpy 2
make;kernel;memset 2
make;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
make;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
make;vmlib;vmlib::resume_kernel(tandem_regs&) 2
mawk;vmlib;vmlib::handle_syscall(tandem_regs&) 2
mkdir;vmlib;vmlib::find_site(unsigned long) 2
mv;kernel;PageCache::find(unsigned long) const 2
mv;kernel;kstrlen(char const*) 2
mv;kernel;memcpy 2
mv;vmlib;__vmlib_site 2
mv;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
mv;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
mv;vmlib;vmlib::uo::reflect_ahead() 2
mv;vmlib;vmlib_resume_kernel_asm 2
nm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
nm;kernel;pmm::put(unsigned long) 2
nm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
od;user 2
ranlib;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
ranlib;kernel;isr_stub_14 2
ranlib;kernel;syscall_entry 2
rm;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 2
rm;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 2
rm;kernel;isr_stub_32 2
rm;kernel;memcpy 2
rm;kernel;trap_dispatch 2
rm;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 2
rm;vmlib;trap_return 2
rm;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
rm;vmlib;vmlib::uo::flush_user_page(unsigned long) 2
rm;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
rmdir;vmproc;port i/o 2
sed;kernel;kstrlen(char const*) 2
sed;kernel;syscall_dispatch 2
sed;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
sh;kernel;kfree(void*) 2
sh;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 2
sh;vmlib;vmlib_space_resume 2
sort;vmproc;port i/o 2
strip;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
uname;kernel;syscall_entry 2
xgettext;vmlib;vmlib::handle_syscall(tandem_regs&) 2
[no program];kernel;WaitQueue::wake_all() 1
[no program];kernel;dcache::get(Dentry*) 1
[no program];kernel;dcache::put(Dentry*) 1
[no program];kernel;fpu::release(Task*) 1
[no program];kernel;memcpy 1
[no program];kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
[no program];kernel;pollwait::notify() 1
[no program];kernel;program_names::set(unsigned long, char const*) 1
[no program];kernel;ptrace::exit_for_tracer(Process*) 1
[no program];kernel;sched::PreemptGuard::PreemptGuard() 1
[no program];vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
[no program];vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
[no program];vmlib;vmlib::load_fs_base(unsigned long) 1
[no program];vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
ar;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
ar;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
ar;kernel;boot::info() 1
ar;kernel;kmalloc(unsigned long) 1
ar;kernel;memset 1
ar;kernel;pmm::get(unsigned long) 1
ar;kernel;pmm::take_run(unsigned long) 1
ar;kernel;syscall_dispatch 1
ar;kernel;trap_dispatch 1
ar;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
ar;vmlib;vmlib::resume(tandem_regs&) 1
ar;vmlib;vmlib::uo::find_block(unsigned long) 1
ar;vmlib;vmlib::uo::flush_user_window() 1
ar;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
ar;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
ar;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
ar;vmlib;vmlib_resume_kernel_asm 1
arch;user 1
as;kernel;(anonymous namespace)::RegularFile::read(void*, unsigned long) 1
as;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
as;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
as;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
as;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 1
as;kernel;FdTable::install(File*, int, bool) 1
as;kernel;FdTable::put() 1
as;kernel;File::path_inode() 1
as;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
as;kernel;dcache::get(Dentry*) 1
as;kernel;entropy::(anonymous namespace)::quarter(unsigned int*, int, int, int, int) 1
as;kernel;inode::put(Inode*) 1
as;kernel;itimer::expire(unsigned long) 1
as;kernel;kstrlen(char const*) 1
as;kernel;memcmp 1
as;kernel;pmm::take_run(unsigned long) 1
as;kernel;ptrace::traces_syscalls(Task*) 1
as;kernel;ptrace::trap_pending(Task*) 1
as;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
as;kernel;sys_brk(SyscallArgs&) 1
as;kernel;sys_getrusage(SyscallArgs&) 1
as;kernel;sys_mmap(SyscallArgs&) 1
as;kernel;syscall_dispatch 1
as;kernel;traps::handle_page_fault(TrapFrame*) 1
as;vmlib;__vmlib_site 1
as;vmlib;syscall_entry 1
as;vmlib;trap_return 1
as;vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
as;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
as;vmlib;vmlib::resume_user(tandem_regs&) 1
as;vmlib;vmlib::site_handler(unsigned short) 1
as;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
as;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
as;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
as;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
awk;user 1
awk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
awk;vmlib;vmlib::handle_syscall(tandem_regs&) 1
basename;kernel;syscall_entry 1
bash;kernel;(anonymous namespace)::PipeEnd::transfer_out(void*, unsigned long, bool) [clone .part.0] 1
bash;kernel;(anonymous namespace)::child_start(void*) 1
bash;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 1
bash;kernel;(anonymous namespace)::exec_depth(char const*, char const* const*, unsigned int, char const* const*, unsigned int, char const**, unsigned int) 1
bash;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
bash;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 1
bash;kernel;AddressSpace::create() 1
bash;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
bash;kernel;AddressSpace::find(unsigned long) 1
bash;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
bash;kernel;AddressSpace::set_brk(unsigned long) 1
bash;kernel;FdTable::close(int) 1
bash;kernel;FdTable::install(File*, int, bool) 1
bash;kernel;File::path_inode() 1
bash;kernel;File::put() 1
bash;kernel;File::stat(LinuxStat*) 1
bash;kernel;Process* knew<Process>() 1
bash;kernel;WaitQueue::wake_all() 1
bash;kernel;clock::realtime_ns() 1
bash;kernel;cmdline::strace() 1
bash;kernel;dcache::get(Dentry*) 1
bash;kernel;do_pipe(unsigned long, unsigned long) 1
bash;kernel;dup_to(unsigned long, unsigned long, bool) 1
bash;kernel;entropy::(anonymous namespace)::quarter(unsigned int*, int, int, int, int) 1
bash;kernel;gdt::set_kernel_stack(unsigned long) 1
bash;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
bash;kernel;net::Socket::is_socket() const 1
bash;kernel;pmm::alloc_page_nozero() 1
bash;kernel;proc::release_zombie(Process*) 1
bash;kernel;sched::idle() 1
bash;kernel;sched::schedule() 1
bash;kernel;signal::take(Task*, unsigned long, signal::SigSource*) 1
bash;kernel;sys_lseek(SyscallArgs&) 1
bash;kernel;sys_mmap(SyscallArgs&) 1
bash;kernel;sys_newfstatat(SyscallArgs&) 1
bash;kernel;sys_read(SyscallArgs&) 1
bash;kernel;sys_rt_sigaction(SyscallArgs&) 1
bash;kernel;sys_set_robust_list(SyscallArgs&) 1
bash;kernel;sys_write(SyscallArgs&) 1
bash;kernel;task_trampoline 1
bash;kernel;trap_common 1
bash;kernel;vfs::clone_fs_context(FsContext*) 1
bash;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
bash;kernel;vfs::put_fs_context(FsContext*) 1
bash;vmlib;tandem_x86_deliver_once 1
bash;vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
bash;vmlib;vmlib::load_fs_base(unsigned long) 1
bash;vmlib;vmlib::uo::arm_timer(unsigned long) 1
bash;vmlib;vmlib::write_kernel(void*, unsigned long, void const*, unsigned long) 1
bash;vmlib;vmlib_space_hand_off 1
cat;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
cat;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
cat;kernel;__copy_user 1
cat;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
cat;kernel;kmalloc(unsigned long) 1
cat;kernel;memcmp 1
cat;kernel;pmm::put(unsigned long) 1
cat;kernel;pmm::take_run(unsigned long) 1
cat;kernel;traps::handle_page_fault(TrapFrame*) 1
cat;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
cat;vmlib;vmlib::uo::find_block(unsigned long) 1
cat;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
cat;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
cat;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
cat;vmlib;vmlib_resume_kernel_asm 1
cc1;kernel;(anonymous namespace)::Tmpfs::cache_is_storage() const 1
cc1;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 1
cc1;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
cc1;kernel;AddressSpace::try_merge(Vma*) 1
cc1;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
cc1;kernel;FdTable::close(int) 1
cc1;kernel;FdTable::install(File*, int, bool) 1
cc1;kernel;File::ioctl(unsigned long, unsigned long) 1
cc1;kernel;File::path_inode() 1
cc1;kernel;PageCache::insert(unsigned long, unsigned long) 1
cc1;kernel;inode::(anonymous namespace)::lru_add(Inode*) 1
cc1;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
cc1;kernel;kstrlen(char const*) 1
cc1;kernel;make_regular_file() 1
cc1;kernel;proc::count() 1
cc1;kernel;sched::PreemptGuard::~PreemptGuard() 1
cc1;kernel;sched::need_resched() 1
cc1;kernel;sys_newfstatat(SyscallArgs&) 1
cc1;kernel;sys_readlink(SyscallArgs&) 1
cc1;kernel;traps::exit_to_user(TrapFrame*) 1
cc1;kernel;vfs::readlink(int, char const*, char*, unsigned int) 1
cc1;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
cc1;vmlib;syscall_entry 1
cc1;vmlib;tandem_x86_virtual_flags 1
cc1;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::resume(tandem_regs&) 1
cc1;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
cc;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 1
cc;kernel;entropy::fill(void*, unsigned long) 1
cc;kernel;itimer::expire(unsigned long) 1
cc;kernel;pipe::create(File**, File**, unsigned int) 1
cc;vmlib;vmlib::find_site(unsigned long) 1
cc;vmlib;vmlib::handle_syscall(tandem_regs&) 1
chmod;kernel;isr_stub_14 1
chmod;vmlib;vmlib::find_site(unsigned long) 1
chmod;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
chmod;vmproc;port i/o 1
cmp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
cmp;vmlib;vmlib::uo::find_block(unsigned long) 1
cmp;vmlib;vmlib_host_syscall 1
collect2;kernel;(anonymous namespace)::PipeEnd::read(void*, unsigned long) 1
collect2;kernel;(anonymous namespace)::Tmpfs::unlink(Inode*, char const*, unsigned int, Inode*) 1
collect2;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 1
collect2;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
collect2;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
collect2;kernel;FdTable::close(int) 1
collect2;kernel;PageCache::find(unsigned long) const 1
collect2;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
collect2;kernel;entropy::(anonymous namespace)::quarter(unsigned int*, int, int, int, int) 1
collect2;kernel;kstrlcpy(char*, char const*, unsigned long) 1
collect2;kernel;memcmp 1
collect2;kernel;memset 1
collect2;kernel;mounts::on(Mount*, Dentry*) 1
collect2;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 1
collect2;kernel;pmm::take_run(unsigned long) 1
collect2;kernel;sys_newfstatat(SyscallArgs&) 1
collect2;kernel;sys_vfork(SyscallArgs&) 1
collect2;kernel;trap_return 1
collect2;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
collect2;vmlib;__vmlib_site 1
collect2;vmlib;tandem_x86_irq_deliverable 1
collect2;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 1
collect2;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
collect2;vmlib;vmlib::uo::find_block(unsigned long) 1
collect2;vmlib;vmlib::uo::reflect_ahead() 1
conftest;kernel;__strncpy_user 1
conftest;kernel;isr_stub_14 1
conftest;kernel;memset 1
conftest;vmlib;vmlib::find_site(unsigned long) 1
conftest;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
cp;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
cp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
cp;vmlib;vmlib::handle_syscall(tandem_regs&) 1
date;vmlib;vmlib::handle_syscall(tandem_regs&) 1
date;vmproc;port i/o 1
dd;kernel;pmm::put(unsigned long) 1
dd;vmlib;vmlib_host_syscall 1
dd;vmproc;port i/o 1
diff;user 1
diff;vmlib;vmlib::uo::find_block(unsigned long) 1
diff;vmproc;port i/o 1
dirname;kernel;isr_stub_14 1
dirname;kernel;memset 1
dirname;vmlib;vmlib::handle_syscall(tandem_regs&) 1
echo;kernel;memset 1
expr;kernel;PageCache::find(unsigned long) const 1
expr;kernel;syscall_entry 1
expr;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
expr;vmlib;vmlib::handle_syscall(tandem_regs&) 1
expr;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
file;kernel;syscall_entry 1
file;vmlib;vmlib::uo::flush_user_window() 1
file;vmlib;vmlib_host_syscall 1
gcc;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
gcc;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 1
gcc;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
gcc;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
gcc;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
gcc;kernel;AddressSpace::populate(unsigned long) 1
gcc;kernel;FdTable::clone() 1
gcc;kernel;FdTable::put() 1
gcc;kernel;__copy_user 1
gcc;kernel;dcache::get(Dentry*) 1
gcc;kernel;do_pipe(unsigned long, unsigned long) 1
gcc;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 1
gcc;kernel;exec::execute(ExecRequest const&, char const**) 1
gcc;kernel;fpu::handle_nm(TrapFrame*) 1
gcc;kernel;fsvc::(anonymous namespace)::FsvcFs::lookup(Inode*, char const*, unsigned int, Inode**) 1
gcc;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
gcc;kernel;isr_stub_32 1
gcc;kernel;pipe::create(File**, File**, unsigned int) 1
gcc;kernel;pmm::alloc_run(unsigned long) 1
gcc;kernel;pmm::put(unsigned long) 1
gcc;kernel;sched::schedule() 1
gcc;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
gcc;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
gcc;kernel;sys_access(SyscallArgs&) 1
gcc;kernel;sys_newfstatat(SyscallArgs&) 1
gcc;kernel;sys_wait4(SyscallArgs&) 1
gcc;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 1
gcc;vmlib;tandem_x86_irq_deliverable 1
gcc;vmlib;tandem_x86_virtual_flags 1
gcc;vmlib;trap_return 1
gcc;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
gcc;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
gcc;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
gcc;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
gcc;vmlib;vmlib::resume(tandem_regs&) 1
gcc;vmlib;vmlib::resume_user(tandem_regs&) 1
gcc;vmlib;vmlib::site_handler(unsigned short) 1
gcc;vmlib;vmlib::uo::forget_page(unsigned long) 1
gcc;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
gcc;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
gcc;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
getconf;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
grep;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 1
grep;kernel;(anonymous namespace)::put_number((anonymous namespace)::Sink&, unsigned long, unsigned int, int, bool, bool) 1
grep;kernel;AddressSpace::find(unsigned long) 1
grep;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
grep;kernel;kfree(void*) 1
grep;kernel;kmalloc(unsigned long) 1
grep;kernel;memset 1
grep;kernel;pmm::put(unsigned long) 1
grep;kernel;pmm::take_run(unsigned long) 1
grep;kernel;ptrace::traces_syscalls(Task*) 1
grep;kernel;signal::pending_work(Task*) 1
grep;vmlib;tandem_x86_irq_deliverable 1
grep;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
grep;vmlib;vmlib::load_gs_base(unsigned long) 1
grep;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
grep;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
grep;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
grep;vmlib;vmlib::uo::reflect_ahead() 1
hostname;user 1
ld;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
ld;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
ld;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
ld;kernel;AddressSpace::find(unsigned long) 1
ld;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 1
ld;kernel;AddressSpace::range_free(unsigned long, unsigned long) 1
ld;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
ld;kernel;FdTable::close(int) 1
ld;kernel;File::stat(LinuxStat*) 1
ld;kernel;clock::realtime_ns() 1
ld;kernel;fsvc::(anonymous namespace)::FsvcFs::write_through(Inode*, unsigned long, unsigned char const*, unsigned long) 1
ld;kernel;inode::(anonymous namespace)::lru_add(Inode*) 1
ld;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
ld;kernel;itimer::earliest_deadline() 1
ld;kernel;itimer::expire(unsigned long) 1
ld;kernel;kfree(void*) 1
ld;kernel;kstrlen(char const*) 1
ld;kernel;pmm::alloc_pages(unsigned long) 1
ld;kernel;pmm::free_pages(unsigned long, unsigned long) 1
ld;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
ld;kernel;sys_lseek(SyscallArgs&) 1
ld;kernel;sys_read(SyscallArgs&) 1
ld;kernel;trap_common 1
ld;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
ld;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
ld;vmlib;tandem_x86_irq_deliverable 1
ld;vmlib;tandem_x86_virtual_flags 1
ld;vmlib;trap_common 1
ld;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
ld;vmlib;vmlib::resume_user(tandem_regs&) 1
ld;vmlib;vmlib::site_handler(unsigned short) 1
ld;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
ld;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
ld;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
ln;kernel;syscall_entry 1
ln;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
ls;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
ls;vmlib;vmlib::resume_kernel(tandem_regs&) 1
ls;vmproc;port i/o 1
make;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
make;kernel;FdTable::clone() 1
make;kernel;PageCache::find(unsigned long) const 1
make;kernel;fpu::handle_nm(TrapFrame*) 1
make;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
make;kernel;kmalloc(unsigned long) 1
make;kernel;kstrlen(char const*) 1
make;kernel;pmm::alloc_pages(unsigned long) 1
make;kernel;pmm::free_pages(unsigned long, unsigned long) 1
make;kernel;ptrace::traces_syscalls(Task*) 1
make;kernel;syscall_dispatch 1
make;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
make;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
make;vmlib;__vmlib_site 1
make;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
make;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
make;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
make;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
make;vmlib;vmlib::uo::reflect_ahead() 1
make;vmlib;vmlib_resume_kernel_asm 1
mawk;kernel;memcpy 1
mawk;kernel;pmm::get(unsigned long) 1
mawk;kernel;syscall_entry 1
mawk;vmlib;vmlib_site_dispatch 1
mawk;vmproc;port i/o 1
mkdir;kernel;(anonymous namespace)::RegularFile::read(void*, unsigned long) 1
mkdir;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
mkdir;kernel;FdTable::put() 1
mkdir;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
mkdir;kernel;kmalloc(unsigned long) 1
mkdir;kernel;make_regular_file() 1
mkdir;kernel;memset 1
mkdir;kernel;sys_statfs(SyscallArgs&) 1
mkdir;kernel;syscall_dispatch 1
mkdir;kernel;syscall_entry 1
mkdir;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
mkdir;vmlib;__vmlib_site 1
mkdir;vmlib;syscall_entry 1
mkdir;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
mkdir;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
mkdir;vmlib;vmlib::uo::reflect_ahead() 1
mkdir;vmlib;vmlib_site_dispatch 1
mktemp;kernel;isr_stub_14 1
mktemp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
mktemp;vmproc;port i/o 1
msgfmt;vmlib;vmlib::find_site(unsigned long) 1
msgfmt;vmlib;vmlib::handle_syscall(tandem_regs&) 1
msgfmt;vmlib;vmlib::load_gs_base(unsigned long) 1
msgfmt;vmlib;vmlib::resume_kernel(tandem_regs&) 1
msgfmt;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
msgfmt;vmlib;vmlib_resume_kernel_asm 1
msgmerge;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
msgmerge;vmlib;vmlib::handle_syscall(tandem_regs&) 1
msgmerge;vmlib;vmlib::uo::reflect_ahead() 1
msgmerge;vmproc;port i/o 1
mt;vmlib;vmlib_host_syscall 1
mv;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 1
mv;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
mv;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
mv;kernel;AddressSpace::find(unsigned long) 1
mv;kernel;AddressSpace::range_free(unsigned long, unsigned long) 1
mv;kernel;AddressSpace::try_merge(Vma*) 1
mv;kernel;FdTable::put() 1
mv;kernel;dcache::(anonymous namespace)::hash_out(Dentry*) [clone .part.0] 1
mv;kernel;dcache::put(Dentry*) 1
mv;kernel;inode::fill_stat(Inode const*, LinuxStat*) 1
mv;kernel;isr_stub_32 1
mv;kernel;memset 1
mv;kernel;pmm::free_pages(unsigned long, unsigned long) 1
mv;kernel;pmm::take_run(unsigned long) 1
mv;kernel;ptrace::traces_syscalls(Task*) 1
mv;kernel;sys_mmap(SyscallArgs&) 1
mv;kernel;sys_munmap(SyscallArgs&) 1
mv;kernel;sys_renameat(SyscallArgs&) 1
mv;kernel;traps::handle_page_fault(TrapFrame*) 1
mv;kernel;vfs::rename(int, char const*, int, char const*, unsigned int) 1
mv;vmlib;trap_return 1
mv;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
mv;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 1
mv;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
mv;vmlib;vmlib::resume_kernel(tandem_regs&) 1
mv;vmlib;vmlib::site_handler(unsigned short) 1
mv;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
mv;vmlib;vmlib::uo::find_block(unsigned long) 1
nm;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
nm;kernel;PageCache::find(unsigned long) const 1
nm;kernel;memcpy 1
nm;kernel;memset 1
nm;kernel;syscall_entry 1
nm;vmlib;vmlib::uo::flush_user_window() 1
nm;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
nm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
nm;vmproc;port i/o 1
objdump;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
objdump;kernel;PageCache::find(unsigned long) const 1
objdump;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
objdump;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
objdump;vmlib;vmlib_host_syscall 1
od;vmlib;vmlib_host_syscall 1
ranlib;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
ranlib;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
ranlib;kernel;memcpy 1
ranlib;kernel;memset 1
ranlib;vmlib;vmlib_site_dispatch 1
rm;kernel;(anonymous namespace)::DevFile::seek(long, int) 1
rm;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
rm;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
rm;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
rm;kernel;FdTable::close(int) 1
rm;kernel;cmdline::strace() 1
rm;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
rm;kernel;dcache::unhash_children(Dentry*) 1
rm;kernel;kfree(void*) 1
rm;kernel;pmm::take_run(unsigned long) 1
rm;kernel;proc::exit_group(int) 1
rm;kernel;signal::pending_work(Task*) 1
rm;kernel;sys_execve(SyscallArgs&) 1
rm;kernel;sys_ioctl(SyscallArgs&) 1
rm;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
rm;kernel;vfs::open_path(Path const&, unsigned int, long*) 1
rm;kernel;vmm::flush_page(unsigned long, unsigned long) 1
rm;kernel;vmm::table_of(unsigned long) 1
rm;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
rm;vmlib;__vmlib_site 1
rm;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
rm;vmlib;vmlib::load_gs_base(unsigned long) 1
rm;vmlib;vmlib::operand_address(tandem_site const&, tandem_regs const&) 1
rm;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
rm;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
rmdir;kernel;isr_stub_14 1
sed;kernel;(anonymous namespace)::PipeEnd::transfer_out(void*, unsigned long, bool) [clone .part.0] 1
sed;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 1
sed;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
sed;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
sed;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
sed;kernel;FdTable::put() 1
sed;kernel;__strncpy_user 1
sed;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
sed;kernel;cmdline::strace() 1
sed;kernel;dcache::shrink() 1
sed;kernel;isr_stub_32 1
sed;kernel;itimer::expire(unsigned long) 1
sed;kernel;kmalloc(unsigned long) 1
sed;kernel;pmm::alloc_run(unsigned long) 1
sed;kernel;pmm::info(unsigned long) 1
sed;kernel;pmm::refcount(unsigned long) 1
sed;kernel;ptrace::traces_syscalls(Task*) 1
sed;kernel;sched::schedule() 1
sed;kernel;sys_brk(SyscallArgs&) 1
sed;kernel;sys_getrandom(SyscallArgs&) 1
sed;kernel;sys_openat(SyscallArgs&) 1
sed;kernel;sys_read(SyscallArgs&) 1
sed;kernel;trap_dispatch 1
sed;kernel;traps::handle_page_fault(TrapFrame*) 1
sed;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
sed;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
sed;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
sed;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
sed;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 1
sed;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
sed;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
sh;kernel;context_switch 1
sh;kernel;isr_stub_14 1
sh;kernel;pmm::free_pages(unsigned long, unsigned long) 1
sh;kernel;pmm::refcount(unsigned long) 1
sh;kernel;pmm::take_run(unsigned long) 1
sh;kernel;ptrace::find_report(Process*, long, bool*) 1
sh;kernel;sched::load_user_bases(Task*) 1
sh;kernel;signal::interrupt_pending(Task*) 1
sh;kernel;syscall_dispatch 1
sh;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
sh;vmlib;vmlib::find_site(unsigned long) 1
sh;vmlib;vmlib::handle_syscall(tandem_regs&) 1
sh;vmlib;vmlib::load_fs_base(unsigned long) 1
sh;vmlib;vmlib::site_handler(unsigned short) 1
sh;vmlib;vmlib::uo::load_address_space(unsigned int, bool) 1
sleep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
strip;vmlib;vmlib_host_syscall 1
touch;user 1
touch;vmlib;vmlib_host_syscall 1
tr;user 1
tr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
tr;vmlib;vmlib::handle_syscall(tandem_regs&) 1
true;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
true;vmlib;vmlib_host_syscall 1
uname;kernel;PageCache::find(unsigned long) const 1
uname;kernel;isr_stub_14 1
uname;vmlib;vmlib::find_site(unsigned long) 1
uniq;user 1
xgettext;kernel;isr_stub_14 1
xgettext;kernel;memset 1
xgettext;vmlib;vmlib::uo::reflect_ahead() 1
