"""requests session preconfigured for the cluster's slurmrestd.

slurmrestd sits behind the campus HPC reverse proxy, whose certificate is
issued by the university's internal CA, so we point requests at that bundle
rather than the public certifi store.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class SlurmApiSettings:
    base_url: str = field(default_factory=lambda: os.environ["SLURMRESTD_URL"])
    ca_bundle: str | None = field(default_factory=lambda: os.environ.get("HPC_CA_BUNDLE"))
    api_version: str = "v0.0.40"
    timeout: float = 20.0
    retries: int = 3


def build_session(settings: SlurmApiSettings, username: str, token: str) -> requests.Session:
    session = requests.Session()
    session.verify = settings.ca_bundle or True
    retry = Retry(
        total=settings.retries,
        backoff_factor=0.5,
        status_forcelist=(502, 503, 504),
        allowed_methods=frozenset({"GET"}),
    )
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.headers.update({"X-SLURM-USER-NAME": username, "X-SLURM-USER-TOKEN": token})
    return session


def job_state(session: requests.Session, settings: SlurmApiSettings, job_id: int) -> str:
    url = f"{settings.base_url.rstrip('/')}/slurm/{settings.api_version}/job/{job_id}"
    resp = session.get(url, timeout=settings.timeout)
    resp.raise_for_status()
    jobs = resp.json().get("jobs", [])
    if not jobs:
        raise LookupError(f"job {job_id} not found")
    state = jobs[0].get("job_state", ["UNKNOWN"])
    return state[0] if isinstance(state, list) else state
