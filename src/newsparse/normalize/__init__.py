"""Normalisers: surface string -> value (amounts, dates, nominative forms)."""
