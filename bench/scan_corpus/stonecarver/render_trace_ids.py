"""Correlation ids for CAD preview renders, carried through logs and metrics."""

import contextvars
import logging
import uuid
from functools import wraps

from stonecarver.config import settings
from stonecarver.metrics import statsd

_trace_id: contextvars.ContextVar[str] = contextvars.ContextVar("render_trace_id", default="-")


class TraceIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.trace_id = _trace_id.get()
        return True


def new_trace_id() -> str:
    return uuid.uuid1(node=settings.RENDER_NODE_ID).hex


def traced_render(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        token = _trace_id.set(new_trace_id())
        try:
            with statsd.timer("cad.render.duration"):
                return func(*args, **kwargs)
        finally:
            _trace_id.reset(token)

    return wrapper


def install_logging() -> None:
    handler = logging.StreamHandler()
    handler.addFilter(TraceIdFilter())
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s [%(trace_id)s] %(name)s: %(message)s")
    )
    logging.getLogger("stonecarver.render").addHandler(handler)


def current_trace_id() -> str:
    return _trace_id.get()
