import contextvars
import dataclasses
import logging
import uuid
from dataclasses import dataclass, field

_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


@dataclass
class DownloadRequest:
    order_id: int
    # ruleid: insecure-random-for-secret
    access_ref: str = field(default_factory=lambda: uuid.uuid1().hex)


@dataclass
class ProofLink:
    proof_id: int
    # ruleid: insecure-random-for-secret
    access_reference: str = dataclasses.field(default_factory=lambda: str(uuid.uuid1()))


@dataclass
class RenderJob:
    job_id: int
    # ok: insecure-random-for-secret
    trace_ref: str = field(default_factory=lambda: uuid.uuid1().hex)


def new_request_id() -> str:
    # ok: insecure-random-for-secret
    return uuid.uuid1().hex


def traced(func):
    def wrapper(*args, **kwargs):
        token = _request_id.set(new_request_id())
        try:
            return func(*args, **kwargs)
        finally:
            _request_id.reset(token)

    return wrapper


def new_share_id() -> str:
    # ruleid: insecure-random-for-secret
    return uuid.uuid1().hex


def share(doc):
    token = new_share_id()
    logging.info("shared %s", doc)
    return token
