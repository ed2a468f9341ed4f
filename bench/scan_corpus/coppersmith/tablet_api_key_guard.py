"""Request guard for the bench tablet API.

Each tablet is provisioned with its own key at pairing time; keys are
listed in the deployment settings so that a lost tablet can be revoked by
removing its key and redeploying.
"""
from fastapi import Depends, FastAPI, Header, HTTPException, status

from coppersmith.settings import settings
from coppersmith.shopfloor import clock_on, clock_off

app = FastAPI(title="Bench tablet API")


class TabletKeyring:
    def __init__(self, keys: dict[str, str]):
        self._names = list(keys)
        self._keys = [keys[name] for name in self._names]

    def tablet_name(self, key: str) -> str:
        return self._names[self._keys.index(key)]

    def __contains__(self, key: str) -> bool:
        return key in self._keys


keyring = TabletKeyring(settings.TABLET_API_KEYS)


async def require_tablet(x_tablet_key: str = Header(default="")) -> str:
    if x_tablet_key not in keyring:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unknown tablet")
    return keyring.tablet_name(x_tablet_key)


@app.post("/jobs/{job_id}/clock-on")
async def job_clock_on(job_id: int, operator_id: int, tablet: str = Depends(require_tablet)):
    entry = await clock_on(job_id=job_id, operator_id=operator_id, source=tablet)
    return {"entry": entry.id, "started": entry.started.isoformat()}


@app.post("/jobs/{job_id}/clock-off")
async def job_clock_off(job_id: int, operator_id: int, tablet: str = Depends(require_tablet)):
    entry = await clock_off(job_id=job_id, operator_id=operator_id, source=tablet)
    return {"entry": entry.id, "minutes": entry.minutes}
