"""Signed download links for job photo albums.

Homeowners can forward an album of before/after photos to their insurer or
landlord. The link is signed so it cannot be altered to point at another job.
"""
import base64
import hashlib
import hmac
import os
import secrets
import time
from typing import Tuple

LINK_SECRET = os.environ["PHOTO_LINK_SECRET"].encode()
DEFAULT_TTL = 7 * 24 * 3600


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _sign(job_ref: str, album: str, expires: int) -> str:
    msg = f"{job_ref}:{album}:{expires}".encode()
    return _b64(hmac.new(LINK_SECRET, msg, hashlib.sha256).digest())


def make_link(base_url: str, job_ref: str, album: str = "after", ttl: int = DEFAULT_TTL) -> str:
    expires = int(time.time()) + ttl
    sig = _sign(job_ref, album, expires)
    return f"{base_url}/albums/{job_ref}/{album}?e={expires}&s={sig}"


class LinkError(Exception):
    pass


def check_link(job_ref: str, album: str, expires: str, sig: str) -> Tuple[str, str]:
    if album not in ("before", "during", "after"):
        raise LinkError("unknown album")
    if not expires.isdigit() or int(expires) < time.time():
        raise LinkError("link expired")
    expected = _sign(job_ref, album, int(expires))
    if not secrets.compare_digest(expected, sig):
        raise LinkError("signature mismatch")
    return job_ref, album


def album_view(request, job_ref: str, album: str, repo):
    try:
        check_link(job_ref, album, request.args.get("e", ""), request.args.get("s", ""))
    except LinkError as exc:
        return {"error": str(exc)}, 403
    job = repo.get_job(job_ref)
    if job is None or job.ref != job_ref:
        return {"error": "not found"}, 404
    return {"job": job.ref, "album": album, "photos": repo.album_photos(job_ref, album)}, 200
