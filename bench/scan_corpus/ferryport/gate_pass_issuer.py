"""Issue QR gate passes that let foot passengers' pick-up drivers into the short-stay zone."""

from __future__ import annotations

import base64
import io
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import qrcode
from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class PickupPass:
    code: str
    vehicle_reg: str
    sailing_id: str
    valid_until: datetime

    def qr_png_b64(self) -> str:
        img = qrcode.make(f"FPT-PICKUP:{self.code}")
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        return base64.b64encode(buf.getvalue()).decode()


class PickupPassIssuer:
    CODE_BYTES = 24

    def __init__(self, engine: Engine, validity: timedelta = timedelta(hours=3)) -> None:
        self.engine = engine
        self.validity = validity

    def _generate_code(self) -> str:
        return secrets.token_urlsafe(self.CODE_BYTES)

    def issue(self, vehicle_reg: str, sailing_id: str) -> PickupPass:
        gp = PickupPass(
            code=self._generate_code(),
            vehicle_reg=vehicle_reg.upper(),
            sailing_id=sailing_id,
            valid_until=datetime.now(timezone.utc) + self.validity,
        )
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO pickup_passes (code, vehicle_reg, sailing_id, valid_until) "
                    "VALUES (:code, :reg, :sailing, :until)"
                ),
                {"code": gp.code, "reg": gp.vehicle_reg, "sailing": gp.sailing_id,
                 "until": gp.valid_until},
            )
        return gp
