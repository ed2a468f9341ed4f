"""Signed links that let a customer approve the engraving proof without logging in."""
import base64
import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass

PROOF_LINK_TTL = 7 * 24 * 3600


@dataclass(frozen=True)
class ProofLink:
    order_id: int
    proof_version: int
    expires: int


class ProofLinkSigner:
    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["PROOF_LINK_KEY"])

    def _mac(self, link: ProofLink) -> str:
        msg = f"{link.order_id}:{link.proof_version}:{link.expires}".encode()
        raw = hmac.new(self._key, msg, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    def make_url(self, base_url: str, order_id: int, proof_version: int) -> str:
        link = ProofLink(order_id, proof_version, int(time.time()) + PROOF_LINK_TTL)
        return (f"{base_url}/proofs/{order_id}/approve"
                f"?v={proof_version}&exp={link.expires}&sig={self._mac(link)}")

    def check(self, order_id: int, proof_version: int, expires: int, sig: str) -> bool:
        if expires < time.time():
            return False
        expected = self._mac(ProofLink(order_id, proof_version, expires))
        return secrets.compare_digest(expected, sig)


def approve_from_link(signer: ProofLinkSigner, orders, order_id: int, args: dict) -> bool:
    try:
        version = int(args["v"])
        expires = int(args["exp"])
        sig = args["sig"]
    except (KeyError, ValueError):
        return False
    if not signer.check(order_id, version, expires, sig):
        return False
    order = orders.get(order_id)
    if order is None or order.current_proof_version != version:
        return False
    orders.approve_proof(order_id, version)
    return True
