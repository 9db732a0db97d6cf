"""Letters: issuing and the register (service), what a letter prints (data, stats,
labels, wording), the snapshot, the letters due and the batch."""
