"""Client for the on-site press gateway that queues jobs to each press.

The gateway uses certificates from the plant's internal CA, so the client
trusts that CA bundle explicitly and presents its own client certificate.
"""
import ssl

import httpx

from printshop.config import settings


def gateway_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.PRESS_GATEWAY_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_cert_chain(settings.PRESS_GATEWAY_CLIENT_CERT, settings.PRESS_GATEWAY_CLIENT_KEY)
    return ctx


class PressGatewayClient:
    def __init__(self):
        self._client = httpx.Client(
            base_url=settings.PRESS_GATEWAY_URL,
            verify=gateway_ssl_context(),
            timeout=httpx.Timeout(10.0, connect=3.0),
        )

    def queue_job(self, press_code: str, job_ref: str, sheets: int, plate_set: str) -> dict:
        resp = self._client.post(
            f"/presses/{press_code}/queue",
            json={"job": job_ref, "sheets": sheets, "plates": plate_set},
        )
        resp.raise_for_status()
        return resp.json()

    def hold_job(self, press_code: str, job_ref: str, reason: str) -> None:
        resp = self._client.post(f"/presses/{press_code}/queue/{job_ref}/hold", json={"reason": reason})
        resp.raise_for_status()

    def queue(self, press_code: str) -> list[dict]:
        resp = self._client.get(f"/presses/{press_code}/queue")
        resp.raise_for_status()
        return resp.json()["jobs"]

    def close(self) -> None:
        self._client.close()
