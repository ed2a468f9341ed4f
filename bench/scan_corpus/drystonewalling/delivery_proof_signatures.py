"""Proof-of-delivery records signed by the hauliers' handheld app.

The driver's handset signs each drop (tonnage, stone type, who signed for
it on site) with a per-haulier key so we can bill the land owner and pay
the quarry for exactly what arrived.
"""
from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import asdict, dataclass
from decimal import Decimal


@dataclass(frozen=True)
class ProofOfDelivery:
    delivery_id: str
    haulier_id: str
    stone_type: str
    tonnes: Decimal
    received_by: str
    delivered_at: str
    signature: str

    def canonical_bytes(self) -> bytes:
        body = asdict(self)
        body.pop("signature")
        body["tonnes"] = str(self.tonnes)
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


class SignedPod:
    def __init__(self, pod: ProofOfDelivery, haulier_key: bytes) -> None:
        self.pod = pod
        self._key = haulier_key

    @property
    def expected_signature(self) -> str:
        return hmac.new(self._key, self.pod.canonical_bytes(), hashlib.sha256).hexdigest()

    def is_authentic(self) -> bool:
        return self.expected_signature == self.pod.signature.lower()


class PodLedger:
    def __init__(self, key_lookup) -> None:
        self._key_lookup = key_lookup
        self._accepted: dict[str, ProofOfDelivery] = {}

    def accept(self, raw: dict) -> ProofOfDelivery:
        pod = ProofOfDelivery(
            delivery_id=str(raw["delivery_id"]),
            haulier_id=str(raw["haulier_id"]),
            stone_type=str(raw["stone_type"]),
            tonnes=Decimal(str(raw["tonnes"])),
            received_by=str(raw["received_by"]),
            delivered_at=str(raw["delivered_at"]),
            signature=str(raw["signature"]),
        )
        key = self._key_lookup(pod.haulier_id)
        if key is None or not SignedPod(pod, key).is_authentic():
            raise PermissionError(f"rejected proof of delivery {pod.delivery_id}")
        if pod.delivery_id in self._accepted:
            raise ValueError(f"delivery {pod.delivery_id} already recorded")
        self._accepted[pod.delivery_id] = pod
        return pod

    def tonnes_for(self, stone_type: str) -> Decimal:
        return sum(
            (p.tonnes for p in self._accepted.values() if p.stone_type == stone_type),
            Decimal("0"),
        )
