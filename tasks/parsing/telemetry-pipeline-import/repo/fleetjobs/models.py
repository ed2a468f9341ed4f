"""Job definitions as accepted by the API and kept in the runbooks repo."""

from pydantic import BaseModel, ConfigDict, Field, field_validator

from . import settings

Scalar = str | int | float | bool


class Step(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    uses: str = Field(pattern=r"^(decode|filter|aggregate|sink)/[a-z0-9_-]+$")
    params: dict[str, Scalar] = Field(default_factory=dict)


class JobDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")
    schedule: str
    device_group: str = Field(min_length=1)
    source_topic: str = Field(min_length=1)
    steps: list[Step] = Field(min_length=1)
    enabled: bool = True
    owner: str = settings.DEFAULT_OWNER
    timezone: str = settings.DEFAULT_TIMEZONE

    @field_validator("schedule")
    @classmethod
    def _five_field_cron(cls, value: str) -> str:
        if len(value.split()) != 5:
            raise ValueError("schedule must be a five-field cron expression")
        return value
