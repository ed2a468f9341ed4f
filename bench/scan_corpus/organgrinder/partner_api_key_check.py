"""Authenticates event agencies calling the partner booking API with their API key."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from secrets import compare_digest as _same
from typing import Optional

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse

KEY_PREFIX = "ogk_"


@dataclass(frozen=True)
class Agency:
    id: int
    name: str


class PartnerKeyAuthenticator:
    header = "HTTP_X_API_KEY"

    @staticmethod
    def digest(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def lookup(self, key_id: str) -> Optional[tuple]:
        cached = cache.get(f"agency-key:{key_id}")
        if cached is not None:
            return cached
        with connection.cursor() as cur:
            cur.execute(
                "SELECT a.id, a.name, k.key_hash FROM agency_keys k "
                "JOIN agencies a ON a.id = k.agency_id WHERE k.key_id = %s AND NOT k.revoked",
                [key_id],
            )
            row = cur.fetchone()
        if row is not None:
            cache.set(f"agency-key:{key_id}", row, timeout=300)
        return row

    def authenticate(self, request: HttpRequest) -> Optional[Agency]:
        presented = request.META.get(self.header, "")
        if not presented.startswith(KEY_PREFIX) or len(presented) < len(KEY_PREFIX) + 16:
            return None
        row = self.lookup(presented[len(KEY_PREFIX):len(KEY_PREFIX) + 8])
        if row is None:
            return None
        agency_id, name, key_hash = row
        if not _same(self.digest(presented), key_hash):
            return None
        return Agency(agency_id, name)


class PartnerKeyMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response
        self.auth = PartnerKeyAuthenticator()

    def __call__(self, request: HttpRequest):
        if request.path.startswith("/partner/"):
            agency = self.auth.authenticate(request)
            if agency is None:
                return JsonResponse({"error": "invalid API key"}, status=401)
            request.agency = agency
        return self.get_response(request)
