"""The desk's settings: the shared TOML profile, its glossaries and its ignore rules."""
