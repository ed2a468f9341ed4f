"""xAPI client used to push learning statements to the Learning Record Store.

The LRS sits behind the internal PKI, so deployments can point
LRS_CA_BUNDLE at the corporate root certificate.
"""
import os
import ssl
import uuid

import httpx

XAPI_VERSION = "1.0.3"


class LRSClient:
    def __init__(self, endpoint: str, key: str, secret: str,
                 ca_bundle: str | None = None, timeout: float = 10.0):
        tls = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else True
        self._client = httpx.Client(
            base_url=endpoint.rstrip("/") + "/",
            auth=(key, secret),
            headers={"X-Experience-API-Version": XAPI_VERSION},
            timeout=timeout,
            verify=tls,
        )

    @classmethod
    def from_env(cls) -> "LRSClient":
        return cls(
            os.environ["LRS_ENDPOINT"],
            os.environ["LRS_KEY"],
            os.environ["LRS_SECRET"],
            ca_bundle=os.environ.get("LRS_CA_BUNDLE"),
        )

    def send_statements(self, statements: list[dict]) -> list[str]:
        for stmt in statements:
            stmt.setdefault("id", str(uuid.uuid4()))
        resp = self._client.post("statements", json=statements)
        resp.raise_for_status()
        return resp.json()

    def completion(self, actor_email: str, activity_id: str, score: float | None = None) -> dict:
        stmt = {
            "actor": {"mbox": f"mailto:{actor_email}", "objectType": "Agent"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
            "object": {"id": activity_id, "objectType": "Activity"},
        }
        if score is not None:
            stmt["result"] = {"score": {"scaled": score}, "completion": True}
        return stmt

    def close(self) -> None:
        self._client.close()
