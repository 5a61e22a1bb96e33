"""One module per extracted field; each exposes ``extract_<field>(adoc) -> list[...]``."""
