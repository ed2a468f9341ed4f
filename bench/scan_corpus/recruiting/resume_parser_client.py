"""Thin client for the in-house CV parsing service."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import httpx

log = logging.getLogger(__name__)

PARSER_URL = "http://10.40.12.7:8091/v2/parse"
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)


@dataclass
class ParsedResume:
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    skills: list[str] = field(default_factory=list)
    experience_years: float | None = None


class ResumeParserClient:
    def __init__(self, timeout: httpx.Timeout = DEFAULT_TIMEOUT):
        self._client = httpx.Client(timeout=timeout)

    def parse(self, filename: str, content: bytes, content_type: str) -> ParsedResume:
        files = {"file": (filename, content, content_type)}
        resp = self._client.post(PARSER_URL, files=files)
        resp.raise_for_status()
        data = resp.json()
        log.debug("parser returned %d skills for %s", len(data.get("skills", [])), filename)
        return ParsedResume(
            name=data.get("name"),
            email=data.get("email"),
            phone=data.get("phone"),
            skills=data.get("skills", []),
            experience_years=data.get("experience_years"),
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ResumeParserClient:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
