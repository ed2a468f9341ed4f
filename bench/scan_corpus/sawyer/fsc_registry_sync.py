"""Synchronisation with the FSC certificate registry.

Before accepting a supplier's FSC claim on incoming logs, the mill checks
that the supplier's chain-of-custody certificate is valid on the public
registry. The registry API requires an account token issued to the mill.
"""
import os
from datetime import date

import requests

from sawyer.db import connection

REGISTRY_BASE = "https://info.fsc.org/api/v1"


class RegistryClient:
    def __init__(self, token=None, session=None):
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = "Bearer " + (
            token or os.environ["FSC_REGISTRY_TOKEN"]
        )
        self.session.headers["Accept"] = "application/json"

    def certificate(self, code):
        resp = self.session.get(f"{REGISTRY_BASE}/certificates/{code}", timeout=20)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()


def refresh_supplier_certificates(client=None):
    client = client or RegistryClient()
    updated = 0
    with connection() as conn:
        suppliers = conn.execute(
            "SELECT id, coc_code FROM log_suppliers WHERE coc_code IS NOT NULL"
        ).fetchall()
        for supplier_id, code in suppliers:
            cert = client.certificate(code)
            status = cert["status"] if cert else "not_found"
            expires = date.fromisoformat(cert["expiryDate"]) if cert else None
            conn.execute(
                "UPDATE log_suppliers SET coc_status = %s, coc_expires = %s, "
                "coc_checked = CURRENT_DATE WHERE id = %s",
                (status, expires, supplier_id),
            )
            updated += 1
    return updated
