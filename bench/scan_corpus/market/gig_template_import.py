"""Bulk import of gig listings from a seller-provided YAML file."""
import yaml
from pydantic import BaseModel, Field, ValidationError


class GigPackage(BaseModel):
    name: str = Field(max_length=60)
    price_cents: int = Field(gt=0)
    delivery_days: int = Field(gt=0, le=90)


class GigTemplate(BaseModel):
    title: str = Field(max_length=120)
    category: str
    description: str = Field(max_length=5000)
    packages: list[GigPackage]


def parse_upload(raw: bytes) -> tuple[list[GigTemplate], list[str]]:
    docs = yaml.load(raw, Loader=yaml.SafeLoader) or []
    gigs, errors = [], []
    for i, doc in enumerate(docs if isinstance(docs, list) else [docs]):
        try:
            gigs.append(GigTemplate.model_validate(doc))
        except ValidationError as exc:
            errors.append(f"entry {i}: {exc.errors()[0]['msg']}")
    return gigs, errors
