"""The device's side of head-office sync (``server/PROTOCOL.md``); Qt-free, over httpx2.

- :mod:`protocol` — the HTTP client: timeouts, safe resends, errors by code.
- :mod:`push` — the outbox in ``seq`` order, in batches, blobs first; rows marked sent only
  with their answer; conflicts and rejections kept.
- :mod:`pull` — the change log, each page and its cursor in one local transaction.
- :mod:`apply` — how a record from head office lands in the local tables.
- :mod:`wire` — outbox rows as operations, wire values as column values.
- :mod:`enroll` — the key and certificate request, and checking the issued certificate.

Edits travel as changed fields with their old values (:mod:`app.store.field_changes`).
:mod:`app.services.sync` is the use-case layer (permissions, state, audit).
"""
