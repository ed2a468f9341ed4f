"""Validates the QR-code tokens owners present at the yard gate reader after hours."""

import logging
from datetime import datetime, timezone

from jose import jwt

from ostler.config import settings
from ostler.gate import GateController

logger = logging.getLogger(__name__)

ALLOWED_GATES_CLAIM = "gates"


class GateTokenChecker:
    def __init__(self, controller: GateController):
        self.controller = controller

    def _claims(self, token: str) -> dict:
        claims = jwt.get_unverified_claims(token)
        if claims.get("iss") != settings.GATE_TOKEN_ISSUER:
            raise PermissionError("unknown issuer")
        expires = datetime.fromtimestamp(int(claims.get("exp", 0)), tz=timezone.utc)
        if expires < datetime.now(timezone.utc):
            raise PermissionError("token expired")
        return claims

    def try_unlock(self, gate_id: str, token: str) -> bool:
        try:
            claims = self._claims(token)
        except (PermissionError, ValueError, jwt.JWTError) as exc:
            logger.info("gate %s refused token: %s", gate_id, exc)
            return False
        if gate_id not in claims.get(ALLOWED_GATES_CLAIM, []):
            logger.info("gate %s not permitted for owner %s", gate_id, claims.get("sub"))
            return False
        self.controller.pulse_relay(gate_id, seconds=settings.GATE_OPEN_SECONDS)
        logger.info("gate %s opened for owner %s", gate_id, claims.get("sub"))
        return True
