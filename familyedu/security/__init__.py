"""Protection of the data at rest: key file, SQLCipher files, backups and protected exports."""
