	.text
# no newline at the end of the file
last:	clts
	nop
	sti