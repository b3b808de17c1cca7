// The hostile-guest suite: the file service never leaves its exports.
