"""Clean-up of page scans taken during restoration.

Before and after treatment, pages with damage are scanned into a folder per
job. Once the job is returned the conservator removes rejected or duplicate
scans from the job folder through the workshop tablet.
"""
import logging
import os

from aiohttp import web

log = logging.getLogger(__name__)

SCAN_ROOT = os.environ.get("SCAN_ROOT", "/srv/bindery/scans")


def scan_path(job_ref: str, scan_name: str, root: str = SCAN_ROOT) -> str:
    return os.path.join(root, job_ref, scan_name)


async def delete_scans(request: web.Request) -> web.Response:
    body = await request.json()
    job_ref = body["job"]
    removed = []
    for name in body.get("scans", []):
        path = scan_path(job_ref, name)
        if os.path.isfile(path):
            os.remove(path)
            removed.append(name)
    log.info("removed %d scans from job %s", len(removed), job_ref)
    return web.json_response({"job": job_ref, "removed": removed})


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_post("/scans/delete", delete_scans)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8085)
