"""The linguistic layer: backends that turn text into a spaCy ``Doc`` (``rules``, ``stanza``)."""
