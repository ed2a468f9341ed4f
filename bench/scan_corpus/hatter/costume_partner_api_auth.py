"""API-key authentication for theatre production companies placing costume hat contracts."""
from dataclasses import dataclass, field

from fastapi import Depends, FastAPI, Header, HTTPException

from hatter.config import load_partner_config
from hatter.contracts import ContractRequest, create_contract


@dataclass
class PartnerDirectory:
    keys_by_partner: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_config(cls) -> "PartnerDirectory":
        raw = load_partner_config()
        return cls({p["slug"]: p["api_keys"] for p in raw["partners"]})

    def accepts(self, partner: str, key: str) -> bool:
        return key in self.keys_by_partner.get(partner, [])


directory = PartnerDirectory.from_config()
app = FastAPI(title="Costume contracts")


async def require_partner(
    x_partner: str = Header(...),
    x_api_key: str = Header(...),
) -> str:
    if not directory.accepts(x_partner, x_api_key):
        raise HTTPException(status_code=401, detail="unknown partner or key")
    return x_partner


@app.post("/contracts")
async def new_contract(body: ContractRequest, partner: str = Depends(require_partner)):
    contract = await create_contract(partner=partner, production=body.production,
                                     hats=body.hats, deadline=body.deadline)
    return {"contract_id": contract.id, "status": contract.status}


@app.get("/contracts/{contract_id}")
async def contract_status(contract_id: int, partner: str = Depends(require_partner)):
    from hatter.contracts import get_contract

    contract = await get_contract(contract_id, partner=partner)
    if contract is None:
        raise HTTPException(status_code=404)
    return {"contract_id": contract.id, "status": contract.status, "hats": len(contract.hats)}
