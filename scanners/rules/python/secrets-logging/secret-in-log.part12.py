import logging
import time

audit = logging.getLogger("audit")


# --- a helper's dict of a request's whole headers, an entry set in it before it is logged

def call_context(req) -> dict:
    return {"method": req.method, "path": req.url.path, "headers": dict(req.headers)}


def call_context_names(req) -> dict:
    return {"method": req.method, "path": req.url.path, "header_names": sorted(req.headers)}


class CallAudit:
    def context(self, req) -> dict:
        return {"path": req.url.path, "headers": dict(req.headers)}


async def record_call(req, call_next):
    started = time.monotonic()
    ctx = call_context(req)
    response = await call_next(req)
    ctx["status"] = response.status_code
    ctx["elapsed"] = time.monotonic() - started
    # ruleid: secret-in-log
    audit.info("api call %s", ctx)
    # ok: secret-in-log
    audit.info("api call %s %s", ctx["path"], ctx["status"])
    return response


async def record_call_names(req, call_next):
    ctx = call_context_names(req)
    response = await call_next(req)
    ctx["status"] = response.status_code
    # ok: secret-in-log
    audit.info("api call %s", ctx)
    return response


def record_call_method(auditor: CallAudit, req, status: int) -> None:
    ctx = auditor.context(req)
    ctx["status"] = status
    # ruleid: secret-in-log
    audit.warning("api call failed", extra=ctx)
