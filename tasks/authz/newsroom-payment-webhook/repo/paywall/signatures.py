# Copyright {{ year }} {{ org_name }}
"""Payrail webhook signatures."""

from __future__ import annotations


def verify_signature(
    payload: bytes,
    header: str | None,
    secret: str,
    tolerance: int = 300,
    now: float | None = None,
) -> bool:
    """True if `header` (the Payrail-Signature value) is a valid, fresh signature of `payload`."""
    raise NotImplementedError
