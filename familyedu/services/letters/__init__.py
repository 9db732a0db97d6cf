"""Letters: case letters and the register (service), the statistics (statistics), the center's
wording (center_wording), what both issuers share (issuing), what a letter prints (data,
stats, labels, wording), the snapshot, the letters due, the batch and the DTOs (dto)."""
