"""Client for the state vital-records verification SOAP service.

Used by the benefits eligibility service to confirm birth and death
records before a case is opened.
"""
import os
from dataclasses import dataclass

import requests
from zeep import Client, Settings
from zeep.transports import Transport
from zeep.wsse.username import UsernameToken

SERVICE_USER = "dhs-eligibility-svc"
SERVICE_PASSWORD = "Vr!2023-eLig#Sync7"


@dataclass
class VerificationResult:
    record_found: bool
    deceased: bool
    match_score: int


class VitalRecordsClient:
    def __init__(self, wsdl_url: str | None = None, timeout: int = 20):
        session = requests.Session()
        session.headers["User-Agent"] = "dhs-eligibility/3.2"
        transport = Transport(session=session, timeout=timeout, operation_timeout=timeout)
        self._client = Client(
            wsdl_url or os.environ["VITAL_RECORDS_WSDL"],
            transport=transport,
            settings=Settings(strict=False, xml_huge_tree=False),
            wsse=UsernameToken(SERVICE_USER, SERVICE_PASSWORD),
        )

    def verify_person(self, first: str, last: str, dob: str, ssn_last4: str) -> VerificationResult:
        resp = self._client.service.VerifyPerson(
            FirstName=first,
            LastName=last,
            DateOfBirth=dob,
            SsnLast4=ssn_last4,
        )
        return VerificationResult(
            record_found=bool(resp.RecordFound),
            deceased=bool(resp.DeathRecordFound),
            match_score=int(resp.MatchScore or 0),
        )
