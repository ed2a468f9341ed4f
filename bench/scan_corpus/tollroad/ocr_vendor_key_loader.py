"""Resolves the OCR vendor API key from a mounted container secret."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import requests

DEFAULT_SECRET_FILE = "/run/secrets/ocr_vendor_api_key"
API_KEY_HEADER = "X-Api-Key"


class SecretFileError(RuntimeError):
    pass


def read_secret_file(path: str | os.PathLike[str]) -> str:
    p = Path(path)
    try:
        info = p.stat()
    except FileNotFoundError as exc:
        raise SecretFileError(f"secret file {p} not mounted") from exc
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SecretFileError(f"secret file {p} is readable by other users")
    value = p.read_text().strip()
    if not value:
        raise SecretFileError(f"secret file {p} is empty")
    return value


def vendor_session(account_id: str) -> requests.Session:
    key_file = os.environ.get("OCR_VENDOR_KEY_FILE", DEFAULT_SECRET_FILE)
    session = requests.Session()
    session.headers.update({
        "X-Account": account_id,
        API_KEY_HEADER: read_secret_file(key_file),
    })
    return session


def check_quota(base_url: str, account_id: str) -> int:
    with vendor_session(account_id) as s:
        resp = s.get(f"{base_url.rstrip('/')}/v3/quota", timeout=10)
        resp.raise_for_status()
        return int(resp.json()["remaining"])
