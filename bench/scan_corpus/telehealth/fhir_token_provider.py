"""SMART Backend Services token provider for payer FHIR APIs
(Coverage, CoverageEligibilityRequest).

Uses a private_key_jwt client assertion; the assertion and the resulting
access token are held in memory only.
"""
from __future__ import annotations

import logging
import time
import uuid

import httpx
import jwt

logger = logging.getLogger(__name__)


class FhirTokenProvider:
    def __init__(self, token_url: str, client_id: str, private_key_pem: bytes, kid: str, scope: str):
        self._token_url = token_url
        self._client_id = client_id
        self._key = private_key_pem
        self._kid = kid
        self._scope = scope
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _assertion(self) -> str:
        now = int(time.time())
        claims = {
            "iss": self._client_id,
            "sub": self._client_id,
            "aud": self._token_url,
            "jti": str(uuid.uuid4()),
            "iat": now,
            "exp": now + 300,
        }
        return jwt.encode(claims, self._key, algorithm="RS384", headers={"kid": self._kid})

    def token(self) -> str:
        if self._access_token and time.time() < self._expires_at - 30:
            return self._access_token
        resp = httpx.post(
            self._token_url,
            data={
                "grant_type": "client_credentials",
                "scope": self._scope,
                "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion": self._assertion(),
            },
            timeout=10.0,
        )
        resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 300))
        logger.info(
            "obtained FHIR access token for client_id=%s scope=%r expires_in=%ss",
            self._client_id,
            body.get("scope", self._scope),
            body.get("expires_in"),
        )
        return self._access_token
