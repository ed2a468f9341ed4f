"""Issues and redeems gift vouchers for lesson packages."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from typing import Optional


@dataclass
class Voucher:
    code: str
    package: str
    value_eur: int
    redeemed: bool = False


class VoucherSigner:
    def __init__(self, key: Optional[bytes] = None) -> None:
        self._key = key or os.environ["VOUCHER_SIGNING_KEY"].encode()

    def tag(self, code: str) -> str:
        return hmac.new(self._key, code.encode(), hashlib.sha256).hexdigest()[:16]

    def valid(self, code: str, tag: str) -> bool:
        return hmac.compare_digest(self.tag(code), tag)


class VoucherDesk:
    def __init__(self, repo, signer: VoucherSigner | None = None) -> None:
        self.repo = repo
        self.signer = signer or VoucherSigner()

    def issue(self, package: str, value_eur: int) -> str:
        code = secrets.token_hex(6).upper()
        self.repo.save(Voucher(code=code, package=package, value_eur=value_eur))
        return f"{code}-{self.signer.tag(code)}"

    def redeem(self, printed: str) -> Optional[Voucher]:
        code, _, tag = printed.strip().partition("-")
        if not tag or not self.signer.valid(code, tag):
            return None
        voucher = self.repo.get(code)
        if voucher is None or voucher.redeemed:
            return None
        voucher.redeemed = True
        self.repo.save(voucher)
        return voucher
