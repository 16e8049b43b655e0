<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <source>The data folder {folder} is incomplete: one of the database and its key file is missing. Restore it from a backup or contact your support desk.</source>
        <translation>The data folder {folder} is incomplete: one of the database and its key file is missing. Restore it from a backup or contact your support desk.</translation>
    </message>
    <message>
        <source>Advisor Desk is already open on this computer. Switch to that window.</source>
        <translation>Advisor Desk is already open on this computer. Switch to that window.</translation>
    </message>
    <message>
        <source>The suitability rules cannot be used, so no sale can be checked. File: {file}; key: {key}; problem: {problem}. Reinstall Advisor Desk or contact your support desk.</source>
        <translation>The suitability rules cannot be used, so no sale can be checked. File: {file}; key: {key}; problem: {problem}. Reinstall Advisor Desk or contact your support desk.</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>This client has reached the limit of risk assessments (at most {per_day} a day and {per_year} in 12 months). The next assessment is possible from {when}.</source>
        <translation>This client has reached the limit of risk assessments (at most {per_day} a day and {per_year} in 12 months). The next assessment is possible from {when}.</translation>
    </message>
    <message>
        <source>The level changes from {old} to {new}; the client must confirm the change.</source>
        <translation>The level changes from {old} to {new}; the client must confirm the change.</translation>
    </message>
    <message>
        <source>The answers are inconsistent ({codes}). Go back and correct them with the client, or record what the client confirmed.</source>
        <translation>The answers are inconsistent ({codes}). Go back and correct them with the client, or record what the client confirmed.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Onboarding review</source>
        <translation>Onboarding review</translation>
    </message>
    <message>
        <source>Risk questionnaire</source>
        <translation>Risk questionnaire</translation>
    </message>
    <message>
        <source>Product matching</source>
        <translation>Product matching</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Sales case for {name}</source>
        <translation>Sales case for {name}</translation>
    </message>
    <message>
        <source>Save and continue ▶</source>
        <translation>Save and continue ▶</translation>
    </message>
    <message>
        <source>Submit ▶</source>
        <translation>Submit ▶</translation>
    </message>
    <message>
        <source>Choose product ▶</source>
        <translation>Choose product ▶</translation>
    </message>
    <message>
        <source>Continue to disclosure ▶</source>
        <translation>Continue to disclosure ▶</translation>
    </message>
    <message>
        <source>Record disclosure ▶</source>
        <translation>Record disclosure ▶</translation>
    </message>
    <message>
        <source>Sign and seal ▶</source>
        <translation>Sign and seal ▶</translation>
    </message>
    <message>
        <source>Draft saved {time}</source>
        <translation>Draft saved {time}</translation>
    </message>
    <message>
        <source>Draft not saved: {reason}</source>
        <translation>Draft not saved: {reason}</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>This case does not exist or is not yours.</source>
        <translation>This case does not exist or is not yours.</translation>
    </message>
    <message>
        <source>This case was saved elsewhere meanwhile; reopen it to continue from there.</source>
        <translation>This case was saved elsewhere meanwhile; reopen it to continue from there.</translation>
    </message>
    <message>
        <source>This case is already matched; its earlier steps cannot change.</source>
        <translation>This case is already matched; its earlier steps cannot change.</translation>
    </message>
    <message>
        <source>Choose a sales channel.</source>
        <translation>Choose a sales channel.</translation>
    </message>
    <message>
        <source>Only a professional investor may skip the risk questionnaire.</source>
        <translation>Only a professional investor may skip the risk questionnaire.</translation>
    </message>
    <message>
        <source>Only the client's newest assessment can be used.</source>
        <translation>Only the client's newest assessment can be used.</translation>
    </message>
    <message>
        <source>This assessment has expired; the client must be reassessed.</source>
        <translation>This assessment has expired; the client must be reassessed.</translation>
    </message>
    <message>
        <source>Enter an amount above zero, with at most two decimals.</source>
        <translation>Enter an amount above zero, with at most two decimals.</translation>
    </message>
    <message>
        <source>Enter the annual premium in yuan, with at most two decimals.</source>
        <translation>Enter the annual premium in yuan, with at most two decimals.</translation>
    </message>
    <message>
        <source>Finish the risk assessment step before matching a product.</source>
        <translation>Finish the risk assessment step before matching a product.</translation>
    </message>
    <message>
        <source>The client was reassessed after this case took its assessment; go back to the questionnaire step and use the newest one.</source>
        <translation>The client was reassessed after this case took its assessment; go back to the questionnaire step and use the newest one.</translation>
    </message>
    <message>
        <source>{code} may not be sold to this client:</source>
        <translation>{code} may not be sold to this client:</translation>
    </message>
    <message>
        <source>This product does not match the client. It may be sold only if the client asked for it on their own initiative; record that first.</source>
        <translation>This product does not match the client. It may be sold only if the client asked for it on their own initiative; record that first.</translation>
    </message>
    <message>
        <source>This case has no matched product.</source>
        <translation>This case has no matched product.</translation>
    </message>
    <message>
        <source>{code} is no longer offered; start a new case to choose another product.</source>
        <translation>{code} is no longer offered; start a new case to choose another product.</translation>
    </message>
    <message>
        <source>Since this case was matched, the decision for {code} has changed ({outcome}); start a new case so the client is matched on current facts.</source>
        <translation>Since this case was matched, the decision for {code} has changed ({outcome}); start a new case so the client is matched on current facts.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Row {row}, {field}: {message}</source>
        <translation>Row {row}, {field}: {message}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The CSV header lacks the column(s): {columns}.</source>
        <translation>The CSV header lacks the column(s): {columns}.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}).</source>
        <translation>The file is not valid JSON (line {line}).</translation>
    </message>
    <message>
        <source>A JSON catalog is an object with a "products" list.</source>
        <translation>A JSON catalog is an object with a "products" list.</translation>
    </message>
    <message>
        <source>Every product must be a JSON object.</source>
        <translation>Every product must be a JSON object.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>has more than {n} characters</source>
        <translation>has more than {n} characters</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>must be one of {allowed}</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to {max}</source>
        <translation>must be a whole number of days from 0 to {max}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be 3–20 letters, digits or hyphens</source>
        <translation>must be 3–20 letters, digits or hyphens</translation>
    </message>
    <message>
        <source>an open-ended product needs its lock-up days</source>
        <translation>an open-ended product needs its lock-up days</translation>
    </message>
    <message>
        <source>a closed-end product needs its term in days</source>
        <translation>a closed-end product needs its term in days</translation>
    </message>
    <message>
        <source>only insurance products are life policies</source>
        <translation>only insurance products are life policies</translation>
    </message>
    <message>
        <source>must list documents drawn from {kinds}</source>
        <translation>must list documents drawn from {kinds}</translation>
    </message>
    <message>
        <source>duplicates row {row}</source>
        <translation>duplicates row {row}</translation>
    </message>
    <message>
        <source>This product is not in the catalog.</source>
        <translation>This product is not in the catalog.</translation>
    </message>
    <message>
        <source>… and {n} more problems.</source>
        <translation>… and {n} more problems.</translation>
    </message>
    <message>
        <source>Nothing was imported; fix these problems first:</source>
        <translation>Nothing was imported; fix these problems first:</translation>
    </message>
    <message>
        <source>The file holds no products.</source>
        <translation>The file holds no products.</translation>
    </message>
    <message>
        <source>Choose a rating from R1 to R5.</source>
        <translation>Choose a rating from R1 to R5.</translation>
    </message>
    <message>
        <source>The product changed meanwhile; reload it and try again.</source>
        <translation>The product changed meanwhile; reload it and try again.</translation>
    </message>
    <message>
        <source>This notice does not exist or is not yours.</source>
        <translation>This notice does not exist or is not yours.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Import a product catalog</source>
        <translation>Import a product catalog</translation>
    </message>
    <message>
        <source>Catalogs (*.json *.csv)</source>
        <translation>Catalogs (*.json *.csv)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issuer rating</source>
        <translation>Issuer rating</translation>
    </message>
    <message>
        <source>Distributor rating</source>
        <translation>Distributor rating</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Minimum (yuan)</source>
        <translation>Minimum (yuan)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Import catalog…</source>
        <translation>Import catalog…</translation>
    </message>
    <message>
        <source>Product catalog</source>
        <translation>Product catalog</translation>
    </message>
    <message>
        <source>Record rating change</source>
        <translation>Record rating change</translation>
    </message>
    <message>
        <source>Import and rating-change report</source>
        <translation>Import and rating-change report</translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation>{n} products</translation>
    </message>
    <message>
        <source>Select a product to see its details.</source>
        <translation>Select a product to see its details.</translation>
    </message>
    <message>
        <source>Issuer: {issuer}</source>
        <translation>Issuer: {issuer}</translation>
    </message>
    <message>
        <source>Sold as {rating} (the higher rating)</source>
        <translation>Sold as {rating} (the higher rating)</translation>
    </message>
    <message>
        <source>Variety: {v}</source>
        <translation>Variety: {v}</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Imported: {added} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Imported: {added} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Nothing was imported. The problems are listed.</source>
        <translation>Nothing was imported. The problems are listed.</translation>
    </message>
    <message>
        <source>Clients to notify (their match changed with the new rating):</source>
        <translation>Clients to notify (their match changed with the new rating):</translation>
    </message>
    <message>
        <source>{client}: {old} → {new}, now {outcome}</source>
        <translation>{client}: {old} → {new}, now {outcome}</translation>
    </message>
    <message>
        <source>a client (case {case})</source>
        <translation>a client (case {case})</translation>
    </message>
    <message>
        <source>Rating recorded. No client needs to be notified.</source>
        <translation>Rating recorded. No client needs to be notified.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>selftest passed</source>
        <translation>selftest passed</translation>
    </message>
    <message>
        <source>selftest FAILED</source>
        <translation>selftest FAILED</translation>
    </message>
    <message>
        <source>Advisor Desk: suitability-first sales workstation.</source>
        <translation>Advisor Desk: suitability-first sales workstation.</translation>
    </message>
    <message>
        <source>run the headless self-test and exit</source>
        <translation>run the headless self-test and exit</translation>
    </message>
    <message>
        <source>Create a demo database and run scripted cases into DIR.</source>
        <translation>Create a demo database and run scripted cases into DIR.</translation>
    </message>
    <message>
        <source>folder for the case files</source>
        <translation>folder for the case files</translation>
    </message>
    <message>
        <source>number of scripted cases (default 1)</source>
        <translation>number of scripted cases (default 1)</translation>
    </message>
    <message>
        <source>JSON file with the client to use</source>
        <translation>JSON file with the client to use</translation>
    </message>
    <message>
        <source>read the demo password from standard input</source>
        <translation>read the demo password from standard input</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>must be at least 1</translation>
    </message>
    <message>
        <source>advisor-desk: '{command}' is not available in this version.</source>
        <translation>advisor-desk: '{command}' is not available in this version.</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>cannot read {path}: {problem}</translation>
    </message>
    <message>
        <source>Score a risk questionnaire.</source>
        <translation>Score a risk questionnaire.</translation>
    </message>
    <message>
        <source>score an answers file and print the result as JSON</source>
        <translation>score an answers file and print the result as JSON</translation>
    </message>
    <message>
        <source>Score an answers file and print the result as JSON.</source>
        <translation>Score an answers file and print the result as JSON.</translation>
    </message>
    <message>
        <source>JSON file: {"answers": {"1": "A", …}, "civil_capacity": "full"}</source>
        <translation>JSON file: {"answers": {"1": "A", …}, "civil_capacity": "full"}</translation>
    </message>
    <message>
        <source>questionnaire id (default: the shipped default questionnaire)</source>
        <translation>questionnaire id (default: the shipped default questionnaire)</translation>
    </message>
    <message>
        <source>unknown questionnaire {id}</source>
        <translation>unknown questionnaire {id}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>not UTF-8 text</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>Decide each client × product line of FILE.jsonl; one JSON decision per line.</source>
        <translation>Decide each client × product line of FILE.jsonl; one JSON decision per line.</translation>
    </message>
    <message>
        <source>one JSON case per line ('-' reads standard input)</source>
        <translation>one JSON case per line ('-' reads standard input)</translation>
    </message>
    <message>
        <source>use this rule pack for every line (default: by product)</source>
        <translation>use this rule pack for every line (default: by product)</translation>
    </message>
    <message>
        <source>decide as at this time (default: now; without an offset, Beijing time)</source>
        <translation>decide as at this time (default: now; without an offset, Beijing time)</translation>
    </message>
    <message>
        <source>unknown rule pack {name} (known: {known})</source>
        <translation>unknown rule pack {name} (known: {known})</translation>
    </message>
    <message>
        <source>line {number}: {problem}</source>
        <translation>line {number}: {problem}</translation>
    </message>
    <message>
        <source>line {number}: {field}: {problem}</source>
        <translation>line {number}: {field}: {problem}</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} at column {column}</source>
        <translation>not valid JSON: {problem} at column {column}</translation>
    </message>
    <message>
        <source>not valid JSON: {problem}</source>
        <translation>not valid JSON: {problem}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>must be one of {choices}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {high}</source>
        <translation>must be a whole number from 0 to {high}</translation>
    </message>
    <message>
        <source>must not exceed {maximum}</source>
        <translation>must not exceed {maximum}</translation>
    </message>
    <message>
        <source>must be a decimal string such as "100000"</source>
        <translation>must be a decimal string such as "100000"</translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation>is not an amount</translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD</source>
        <translation>must be a real date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be an ISO date-time such as 2026-03-01T10:00:00+08:00</source>
        <translation>must be an ISO date-time such as 2026-03-01T10:00:00+08:00</translation>
    </message>
    <message>
        <source>must be a year from {low} to {high}</source>
        <translation>must be a year from {low} to {high}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be a list drawn from {choices}</source>
        <translation>must be a list drawn from {choices}</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>Check the seal of a PDF pack and that the document is unchanged.</source>
        <translation>Check the seal of a PDF pack and that the document is unchanged.</translation>
    </message>
    <message>
        <source>the PDF(s) to check</source>
        <translation>the PDF(s) to check</translation>
    </message>
    <message>
        <source>print the result as one JSON object</source>
        <translation>print the result as one JSON object</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>signer: {signer}</source>
        <translation>signer: {signer}</translation>
    </message>
    <message>
        <source>signed at: {time}</source>
        <translation>signed at: {time}</translation>
    </message>
    <message>
        <source>certificate: {fingerprint}</source>
        <translation>certificate: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>The client's cases</source>
        <translation>The client's cases</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>Show full ID number</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Annual income (yuan)</source>
        <translation>Annual income (yuan)</translation>
    </message>
    <message>
        <source>Average annual income, last 3 years (yuan)</source>
        <translation>Average annual income, last 3 years (yuan)</translation>
    </message>
    <message>
        <source>Financial assets (yuan)</source>
        <translation>Financial assets (yuan)</translation>
    </message>
    <message>
        <source>Family financial assets (yuan)</source>
        <translation>Family financial assets (yuan)</translation>
    </message>
    <message>
        <source>Family financial net assets (yuan)</source>
        <translation>Family financial net assets (yuan)</translation>
    </message>
    <message>
        <source>Years of investment experience</source>
        <translation>Years of investment experience</translation>
    </message>
    <message>
        <source>Occupation and finances</source>
        <translation>Occupation and finances</translation>
    </message>
    <message>
        <source>Civil capacity</source>
        <translation>Civil capacity</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>The guardian consents</source>
        <translation>The guardian consents</translation>
    </message>
    <message>
        <source>Investor class</source>
        <translation>Investor class</translation>
    </message>
    <message>
        <source>Capacity and classification</source>
        <translation>Capacity and classification</translation>
    </message>
    <message>
        <source>Notice version: {v}</source>
        <translation>Notice version: {v}</translation>
    </message>
    <message>
        <source>The client separately consents to processing sensitive personal information</source>
        <translation>The client separately consents to processing sensitive personal information</translation>
    </message>
    <message>
        <source>The client separately consents to sharing with product issuers</source>
        <translation>The client separately consents to sharing with product issuers</translation>
    </message>
    <message>
        <source>Personal information consents</source>
        <translation>Personal information consents</translation>
    </message>
    <message>
        <source>Reload saved version</source>
        <translation>Reload saved version</translation>
    </message>
    <message>
        <source>Back to clients</source>
        <translation>Back to clients</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Start a sales case</source>
        <translation>Start a sales case</translation>
    </message>
    <message>
        <source>Resume the open case</source>
        <translation>Resume the open case</translation>
    </message>
    <message>
        <source>{product} — {state} — {time}</source>
        <translation>{product} — {state} — {time}</translation>
    </message>
    <message>
        <source>no product yet</source>
        <translation>no product yet</translation>
    </message>
    <message>
        <source>Risk assessment: none on file.</source>
        <translation>Risk assessment: none on file.</translation>
    </message>
    <message>
        <source>Risk assessment: {level}, expired on {date}. Reassess before a sale.</source>
        <translation>Risk assessment: {level}, expired on {date}. Reassess before a sale.</translation>
    </message>
    <message>
        <source>Risk assessment: {level}, valid until {date}.</source>
        <translation>Risk assessment: {level}, valid until {date}.</translation>
    </message>
    <message>
        <source>Expires within 30 days.</source>
        <translation>Expires within 30 days.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>{masked} — leave empty to keep</source>
        <translation>{masked} — leave empty to keep</translation>
    </message>
    <message>
        <source>{kind}: {state} ({version}, {at})</source>
        <translation>{kind}: {state} ({version}, {at})</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Sensitive information</translation>
    </message>
    <message>
        <source>Sharing with issuers</source>
        <translation>Sharing with issuers</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Discard what you typed and load the saved version?</source>
        <translation>Discard what you typed and load the saved version?</translation>
    </message>
    <message>
        <source>Full ID number: {n} (hidden again in {s} s)</source>
        <translation>Full ID number: {n} (hidden again in {s} s)</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>This client does not exist or is not yours.</source>
        <translation>This client does not exist or is not yours.</translation>
    </message>
    <message>
        <source>A client with this ID number already exists.</source>
        <translation>A client with this ID number already exists.</translation>
    </message>
    <message>
        <source>Someone else saved this client while you were editing it. Your changes are kept in the form; reload to see theirs, then apply yours again.</source>
        <translation>Someone else saved this client while you were editing it. Your changes are kept in the form; reload to see theirs, then apply yours again.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Name, mobile number, or last 4 ID characters</source>
        <translation>Name, mobile number, or last 4 ID characters</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Client list</source>
        <translation>Client list</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>No client matches.</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>No clients yet.</translation>
    </message>
    <message>
        <source>{n} shown; scroll for more.</source>
        <translation>{n} shown; scroll for more.</translation>
    </message>
    <message>
        <source>{n} clients.</source>
        <translation>{n} clients.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Advisor Desk ran into a problem</source>
        <translation>Advisor Desk ran into a problem</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. What you saved is safe; the step you were on may not have finished. The details below are in the log as well — copy them for your support desk.</source>
        <translation>Something went wrong that should not have. What you saved is safe; the step you were on may not have finished. The details below are in the log as well — copy them for your support desk.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{folder} holds a real (non-demo) database; the demo will not touch it. Point ADVISOR_DESK_HOME at an empty folder.</source>
        <translation>{folder} holds a real (non-demo) database; the demo will not touch it. Point ADVISOR_DESK_HOME at an empty folder.</translation>
    </message>
    <message>
        <source>advisor-desk demo: warning: using the documented demo password '{password}'; use --password-stdin for another.</source>
        <translation>advisor-desk demo: warning: using the documented demo password '{password}'; use --password-stdin for another.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Match a product before the disclosure step.</source>
        <translation>Match a product before the disclosure step.</translation>
    </message>
    <message>
        <source>{title}: the client must read it to the end.</source>
        <translation>{title}: the client must read it to the end.</translation>
    </message>
    <message>
        <source>{title} changed since it was shown; show it again.</source>
        <translation>{title} changed since it was shown; show it again.</translation>
    </message>
    <message>
        <source>{title}: each key risk must be acknowledged separately ({n} left).</source>
        <translation>{title}: each key risk must be acknowledged separately ({n} left).</translation>
    </message>
    <message>
        <source>The client must copy the sentence by hand.</source>
        <translation>The client must copy the sentence by hand.</translation>
    </message>
    <message>
        <source>Confirm that the client copied the whole sentence themselves.</source>
        <translation>Confirm that the client copied the whole sentence themselves.</translation>
    </message>
    <message>
        <source>The client must confirm the special risk warning and the investment confirmation.</source>
        <translation>The client must confirm the special risk warning and the investment confirmation.</translation>
    </message>
    <message>
        <source>Attest that you gave the elderly client the extra explanation.</source>
        <translation>Attest that you gave the elderly client the extra explanation.</translation>
    </message>
    <message>
        <source>The client must confirm the purchase again after the explanation.</source>
        <translation>The client must confirm the purchase again after the explanation.</translation>
    </message>
    <message>
        <source>The client must make the qualified-investor commitment.</source>
        <translation>The client must make the qualified-investor commitment.</translation>
    </message>
    <message>
        <source>Attest that you explained the concentration of the client's assets.</source>
        <translation>Attest that you explained the concentration of the client's assets.</translation>
    </message>
    <message>
        <source>Attest that you explained whether the premium is affordable.</source>
        <translation>Attest that you explained whether the premium is affordable.</translation>
    </message>
    <message>
        <source>The recording must cover every point ({n} not ticked).</source>
        <translation>The recording must cover every point ({n} not ticked).</translation>
    </message>
    <message>
        <source>Enter the recording's reference.</source>
        <translation>Enter the recording's reference.</translation>
    </message>
    <message>
        <source>The recording's SHA-256 is 64 hexadecimal characters.</source>
        <translation>The recording's SHA-256 is 64 hexadecimal characters.</translation>
    </message>
    <message>
        <source>This case is not waiting for disclosure.</source>
        <translation>This case is not waiting for disclosure.</translation>
    </message>
    <message>
        <source>Recording file</source>
        <translation>Recording file</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (version {version})</translation>
    </message>
    <message>
        <source>The client acknowledges each key risk:</source>
        <translation>The client acknowledges each key risk:</translation>
    </message>
    <message>
        <source>Read to the end ✓</source>
        <translation>Read to the end ✓</translation>
    </message>
    <message>
        <source>Scroll to the end of the document to continue.</source>
        <translation>Scroll to the end of the document to continue.</translation>
    </message>
    <message>
        <source>Documents and confirmations</source>
        <translation>Documents and confirmations</translation>
    </message>
    <message>
        <source>Record the disclosure</source>
        <translation>Record the disclosure</translation>
    </message>
    <message>
        <source>The client copies this sentence by hand:</source>
        <translation>The client copies this sentence by hand:</translation>
    </message>
    <message>
        <source>Client's handwriting</source>
        <translation>Client's handwriting</translation>
    </message>
    <message>
        <source>I attest that the client copied the whole sentence themselves.</source>
        <translation>I attest that the client copied the whole sentence themselves.</translation>
    </message>
    <message>
        <source>Special risk warning</source>
        <translation>Special risk warning</translation>
    </message>
    <message>
        <source>The client read the special risk warning and signs the investment confirmation.</source>
        <translation>The client read the special risk warning and signs the investment confirmation.</translation>
    </message>
    <message>
        <source>Elderly special care</source>
        <translation>Elderly special care</translation>
    </message>
    <message>
        <source>I gave the extra explanation point by point.</source>
        <translation>I gave the extra explanation point by point.</translation>
    </message>
    <message>
        <source>The client confirms the purchase again.</source>
        <translation>The client confirms the purchase again.</translation>
    </message>
    <message>
        <source>Qualified-investor commitment</source>
        <translation>Qualified-investor commitment</translation>
    </message>
    <message>
        <source>The client makes this commitment.</source>
        <translation>The client makes this commitment.</translation>
    </message>
    <message>
        <source>I explained this to the client.</source>
        <translation>I explained this to the client.</translation>
    </message>
    <message>
        <source>Audio and video recording (双录)</source>
        <translation>Audio and video recording (双录)</translation>
    </message>
    <message>
        <source>Recording reference</source>
        <translation>Recording reference</translation>
    </message>
    <message>
        <source>Recording SHA-256</source>
        <translation>Recording SHA-256</translation>
    </message>
    <message>
        <source>Compute from the file…</source>
        <translation>Compute from the file…</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The device's sealing key or certificate cannot be read.</source>
        <translation>The device's sealing key or certificate cannot be read.</translation>
    </message>
    <message>
        <source>The device's sealing key is of an unsupported type.</source>
        <translation>The device's sealing key is of an unsupported type.</translation>
    </message>
    <message>
        <source>The device's sealing key does not match its certificate.</source>
        <translation>The device's sealing key does not match its certificate.</translation>
    </message>
    <message>
        <source>cannot be embedded: {error}</source>
        <translation>cannot be embedded: {error}</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>{variable} (not set)</source>
        <translation>{variable} (not set)</translation>
    </message>
    <message>
        <source>no .ttf or .ttc file</source>
        <translation>no .ttf or .ttc file</translation>
    </message>
    <message>
        <source>fc-match not installed</source>
        <translation>fc-match not installed</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found, so the PDF documents cannot be produced. Searched: {places}. Install Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei, copy a .ttf or .ttc font into {folder}, or set the environment variable {variable} to the path of a Chinese TrueType font. OpenType/CFF fonts (.otf, Noto Sans CJK, Source Han) cannot be embedded.</source>
        <translation>No Chinese TrueType font was found, so the PDF documents cannot be produced. Searched: {places}. Install Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei, copy a .ttf or .ttc font into {folder}, or set the environment variable {variable} to the path of a Chinese TrueType font. OpenType/CFF fonts (.otf, Noto Sans CJK, Source Han) cannot be embedded.</translation>
    </message>
    <message>
        <source>not a TrueType or OpenType font</source>
        <translation>not a TrueType or OpenType font</translation>
    </message>
    <message>
        <source>CFF/OpenType outlines, which cannot be embedded</source>
        <translation>CFF/OpenType outlines, which cannot be embedded</translation>
    </message>
    <message>
        <source>no character map</source>
        <translation>no character map</translation>
    </message>
    <message>
        <source>unreadable: {error}</source>
        <translation>unreadable: {error}</translation>
    </message>
    <message>
        <source>has no Chinese characters</source>
        <translation>has no Chinese characters</translation>
    </message>
    <message>
        <source>Sales documents</source>
        <translation>Sales documents</translation>
    </message>
    <message>
        <source>Case {case_id}</source>
        <translation>Case {case_id}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Generated {time} on {device}</source>
        <translation>Generated {time} on {device}</translation>
    </message>
    <message>
        <source>Special Risk Warning</source>
        <translation>Special Risk Warning</translation>
    </message>
    <message>
        <source>Investment Confirmation</source>
        <translation>Investment Confirmation</translation>
    </message>
    <message>
        <source>Qualified Investor Commitment</source>
        <translation>Qualified Investor Commitment</translation>
    </message>
    <message>
        <source>Special Care for Elderly Investors</source>
        <translation>Special Care for Elderly Investors</translation>
    </message>
    <message>
        <source>Investor Basic Information Form</source>
        <translation>Investor Basic Information Form</translation>
    </message>
    <message>
        <source>Institution: {institution}    Advisor: {advisor}</source>
        <translation>Institution: {institution}    Advisor: {advisor}</translation>
    </message>
    <message>
        <source>Risk Tolerance Assessment Result Notice</source>
        <translation>Risk Tolerance Assessment Result Notice</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Questionnaire answers</source>
        <translation>Questionnaire answers</translation>
    </message>
    <message>
        <source>Suitability Opinion and Investor Confirmation</source>
        <translation>Suitability Opinion and Investor Confirmation</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Suitability opinion</source>
        <translation>Suitability opinion</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Investor confirmation</source>
        <translation>Investor confirmation</translation>
    </message>
    <message>
        <source>Risk Disclosure</source>
        <translation>Risk Disclosure</translation>
    </message>
    <message>
        <source>{kind} · version {version} · SHA-256 {digest}</source>
        <translation>{kind} · version {version} · SHA-256 {digest}</translation>
    </message>
    <message>
        <source>Key risks</source>
        <translation>Key risks</translation>
    </message>
    <message>
        <source>Hand-copied statement</source>
        <translation>Hand-copied statement</translation>
    </message>
    <message>
        <source>Institutional investor: exempt from hand-copying.</source>
        <translation>Institutional investor: exempt from hand-copying.</translation>
    </message>
    <message>
        <source>Sentence to copy: {sentence}</source>
        <translation>Sentence to copy: {sentence}</translation>
    </message>
    <message>
        <source>Written by {name} on the signature pad</source>
        <translation>Written by {name} on the signature pad</translation>
    </message>
    <message>
        <source>Recording reference</source>
        <translation>Recording reference</translation>
    </message>
    <message>
        <source>Recording SHA-256</source>
        <translation>Recording SHA-256</translation>
    </message>
    <message>
        <source>Point covered</source>
        <translation>Point covered</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Audio and Video Recording Checklist</source>
        <translation>Audio and Video Recording Checklist</translation>
    </message>
    <message>
        <source>Points covered in the recording</source>
        <translation>Points covered in the recording</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Read (s)</source>
        <translation>Read (s)</translation>
    </message>
    <message>
        <source>Documents shown</source>
        <translation>Documents shown</translation>
    </message>
    <message>
        <source>Product prospectus</source>
        <translation>Product prospectus</translation>
    </message>
    <message>
        <source>Risk disclosure</source>
        <translation>Risk disclosure</translation>
    </message>
    <message>
        <source>Investor rights notice</source>
        <translation>Investor rights notice</translation>
    </message>
    <message>
        <source>Sales contract summary</source>
        <translation>Sales contract summary</translation>
    </message>
    <message>
        <source>Investor's signature</source>
        <translation>Investor's signature</translation>
    </message>
    <message>
        <source>Advisor's signature</source>
        <translation>Advisor's signature</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>{name}, signed {time}</source>
        <translation>{name}, signed {time}</translation>
    </message>
    <message>
        <source>The document is not sealed: it has no signature.</source>
        <translation>The document is not sealed: it has no signature.</translation>
    </message>
    <message>
        <source>The seal is damaged and cannot be read.</source>
        <translation>The seal is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The seal is damaged and cannot be checked.</source>
        <translation>The seal is damaged and cannot be checked.</translation>
    </message>
    <message>
        <source>The sealed content was altered: it no longer matches the seal.</source>
        <translation>The sealed content was altered: it no longer matches the seal.</translation>
    </message>
    <message>
        <source>The seal's signature is not valid.</source>
        <translation>The seal's signature is not valid.</translation>
    </message>
    <message>
        <source>The certificate in the seal was altered.</source>
        <translation>The certificate in the seal was altered.</translation>
    </message>
    <message>
        <source>The seal contains data that is not part of it.</source>
        <translation>The seal contains data that is not part of it.</translation>
    </message>
    <message>
        <source>This is not a PDF file.</source>
        <translation>This is not a PDF file.</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read ({detail}).</source>
        <translation>The PDF file is damaged and cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>The PDF file is encrypted and cannot be checked.</source>
        <translation>The PDF file is encrypted and cannot be checked.</translation>
    </message>
    <message>
        <source>The document was changed after it was sealed: {count} later update(s) were appended.</source>
        <translation>The document was changed after it was sealed: {count} later update(s) were appended.</translation>
    </message>
    <message>
        <source>The document was changed after it was sealed: data was appended.</source>
        <translation>The document was changed after it was sealed: data was appended.</translation>
    </message>
    <message>
        <source>The seal does not cover the whole document.</source>
        <translation>The seal does not cover the whole document.</translation>
    </message>
    <message>
        <source>Bank wealth management product (public)</source>
        <translation>Bank wealth management product (public)</translation>
    </message>
    <message>
        <source>Bank wealth management product (private)</source>
        <translation>Bank wealth management product (private)</translation>
    </message>
    <message>
        <source>Structured deposit</source>
        <translation>Structured deposit</translation>
    </message>
    <message>
        <source>Trust plan</source>
        <translation>Trust plan</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Investment-linked insurance</source>
        <translation>Investment-linked insurance</translation>
    </message>
    <message>
        <source>Public fund</source>
        <translation>Public fund</translation>
    </message>
    <message>
        <source>Private fund</source>
        <translation>Private fund</translation>
    </message>
    <message>
        <source>Securities asset management plan</source>
        <translation>Securities asset management plan</translation>
    </message>
    <message>
        <source>R1 (low risk)</source>
        <translation>R1 (low risk)</translation>
    </message>
    <message>
        <source>R2 (medium-low risk)</source>
        <translation>R2 (medium-low risk)</translation>
    </message>
    <message>
        <source>R3 (medium risk)</source>
        <translation>R3 (medium risk)</translation>
    </message>
    <message>
        <source>R4 (medium-high risk)</source>
        <translation>R4 (medium-high risk)</translation>
    </message>
    <message>
        <source>R5 (high risk)</source>
        <translation>R5 (high risk)</translation>
    </message>
    <message>
        <source>C1 (conservative)</source>
        <translation>C1 (conservative)</translation>
    </message>
    <message>
        <source>C2 (cautious)</source>
        <translation>C2 (cautious)</translation>
    </message>
    <message>
        <source>C3 (balanced)</source>
        <translation>C3 (balanced)</translation>
    </message>
    <message>
        <source>C4 (active)</source>
        <translation>C4 (active)</translation>
    </message>
    <message>
        <source>C5 (aggressive)</source>
        <translation>C5 (aggressive)</translation>
    </message>
    <message>
        <source>cash management</source>
        <translation>cash management</translation>
    </message>
    <message>
        <source>fixed income</source>
        <translation>fixed income</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixed</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>equity</translation>
    </message>
    <message>
        <source>futures and derivatives</source>
        <translation>futures and derivatives</translation>
    </message>
    <message>
        <source>complex or high-risk</source>
        <translation>complex or high-risk</translation>
    </message>
    <message>
        <source>up to 1 year</source>
        <translation>up to 1 year</translation>
    </message>
    <message>
        <source>1 to 5 years</source>
        <translation>1 to 5 years</translation>
    </message>
    <message>
        <source>no particular limit</source>
        <translation>no particular limit</translation>
    </message>
    <message>
        <source>Suitable: the product matches the client</source>
        <translation>Suitable: the product matches the client</translation>
    </message>
    <message>
        <source>Not matched: sold only because the client asked for it on their own initiative</source>
        <translation>Not matched: sold only because the client asked for it on their own initiative</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Prohibited</translation>
    </message>
    <message>
        <source>Elderly special care</source>
        <translation>Elderly special care</translation>
    </message>
    <message>
        <source>Special risk warning and investment confirmation signed</source>
        <translation>Special risk warning and investment confirmation signed</translation>
    </message>
    <message>
        <source>Audio and video recording (双录)</source>
        <translation>Audio and video recording (双录)</translation>
    </message>
    <message>
        <source>24-hour cooling-off period</source>
        <translation>24-hour cooling-off period</translation>
    </message>
    <message>
        <source>15-day free-look period</source>
        <translation>15-day free-look period</translation>
    </message>
    <message>
        <source>Concentration explained: more than half of financial assets</source>
        <translation>Concentration explained: more than half of financial assets</translation>
    </message>
    <message>
        <source>Affordability explained: premium above 30% of annual income</source>
        <translation>Affordability explained: premium above 30% of annual income</translation>
    </message>
    <message>
        <source>open-ended, redeemable daily</source>
        <translation>open-ended, redeemable daily</translation>
    </message>
    <message>
        <source>open-ended, minimum holding {n} days</source>
        <translation>open-ended, minimum holding {n} days</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>Annual income</translation>
    </message>
    <message>
        <source>Financial assets</source>
        <translation>Financial assets</translation>
    </message>
    <message>
        <source>Investment experience</source>
        <translation>Investment experience</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <source>Investor class</source>
        <translation>Investor class</translation>
    </message>
    <message>
        <source>Professional investor</source>
        <translation>Professional investor</translation>
    </message>
    <message>
        <source>Ordinary investor</source>
        <translation>Ordinary investor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Risk tolerance</source>
        <translation>Risk tolerance</translation>
    </message>
    <message>
        <source>Investment horizon</source>
        <translation>Investment horizon</translation>
    </message>
    <message>
        <source>Intended varieties</source>
        <translation>Intended varieties</translation>
    </message>
    <message>
        <source>Assessed at</source>
        <translation>Assessed at</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Professional investor: no questionnaire, matched as C5</source>
        <translation>Professional investor: no questionnaire, matched as C5</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Risk rating</source>
        <translation>Risk rating</translation>
    </message>
    <message>
        <source>issuer {issuer}, distributor {distributor}; sold as {risk}</source>
        <translation>issuer {issuer}, distributor {distributor}; sold as {risk}</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Variety</source>
        <translation>Variety</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>Rules applied</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Seal certificate (SHA-256)</source>
        <translation>Seal certificate (SHA-256)</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Answers (SHA-256)</source>
        <translation>Answers (SHA-256)</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Rule pack</translation>
    </message>
    <message>
        <source>Matched at</source>
        <translation>Matched at</translation>
    </message>
    <message>
        <source>Match reasons</source>
        <translation>Match reasons</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Document {kind}</source>
        <translation>Document {kind}</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Signed by {name}</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Audit chain head</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <source>Preview of the signed documents</source>
        <translation>Preview of the signed documents</translation>
    </message>
    <message>
        <source>Verify the seal</source>
        <translation>Verify the seal</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Back to the client</source>
        <translation>Back to the client</translation>
    </message>
    <message>
        <source>{name}: signed and sealed</source>
        <translation>{name}: signed and sealed</translation>
    </message>
    <message>
        <source>Signed at {time}</source>
        <translation>Signed at {time}</translation>
    </message>
    <message>
        <source>File: {name} ({pages} pages)</source>
        <translation>File: {name} ({pages} pages)</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
    <message>
        <source>Cooling-off until {time}: no sales contact; the client may cancel.</source>
        <translation>Cooling-off until {time}: no sales contact; the client may cancel.</translation>
    </message>
    <message>
        <source>Free-look period until {time}.</source>
        <translation>Free-look period until {time}.</translation>
    </message>
    <message>
        <source>Seal valid: signed by {signer} at {time}; the document is unchanged.</source>
        <translation>Seal valid: signed by {signer} at {time}; the document is unchanged.</translation>
    </message>
    <message>
        <source>The document is unchanged, but it was sealed by a certificate that is not one of this institution's devices ({signer}).</source>
        <translation>The document is unchanged, but it was sealed by a certificate that is not one of this institution's devices ({signer}).</translation>
    </message>
    <message>
        <source>Seal NOT valid: {problem}</source>
        <translation>Seal NOT valid: {problem}</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exported to {path}.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Password rules:</source>
        <translation>Password rules:</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Find a client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>Cases in progress</source>
        <translation>Cases in progress</translation>
    </message>
    <message>
        <source>Clients to notify of a rating change</source>
        <translation>Clients to notify of a rating change</translation>
    </message>
    <message>
        <source>Mark the client as told</source>
        <translation>Mark the client as told</translation>
    </message>
    <message>
        <source>{client}: product risk {old} → {new}, now {outcome}</source>
        <translation>{client}: product risk {old} → {new}, now {outcome}</translation>
    </message>
    <message>
        <source>{name} — {state} — saved {time}</source>
        <translation>{name} — {state} — saved {time}</translation>
    </message>
    <message>
        <source>No case in progress.</source>
        <translation>No case in progress.</translation>
    </message>
    <message>
        <source>Clients you can see: {n}</source>
        <translation>Clients you can see: {n}</translation>
    </message>
    <message>
        <source>Your role does not work with client records.</source>
        <translation>Your role does not work with client records.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Mainland travel permit (HK/Macao)</source>
        <translation>Mainland travel permit (HK/Macao)</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>Mainland travel permit (Taiwan)</translation>
    </message>
    <message>
        <source>Residence permit (HK/Macao/Taiwan)</source>
        <translation>Residence permit (HK/Macao/Taiwan)</translation>
    </message>
    <message>
        <source>Foreigner's permanent residence ID</source>
        <translation>Foreigner's permanent residence ID</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Full civil capacity</source>
        <translation>Full civil capacity</translation>
    </message>
    <message>
        <source>Limited civil capacity</source>
        <translation>Limited civil capacity</translation>
    </message>
    <message>
        <source>No civil capacity</source>
        <translation>No civil capacity</translation>
    </message>
    <message>
        <source>Ordinary investor</source>
        <translation>Ordinary investor</translation>
    </message>
    <message>
        <source>Professional investor</source>
        <translation>Professional investor</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Service staff</source>
        <translation>Service staff</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Bank wealth management (public)</source>
        <translation>Bank wealth management (public)</translation>
    </message>
    <message>
        <source>Bank wealth management (private)</source>
        <translation>Bank wealth management (private)</translation>
    </message>
    <message>
        <source>Structured deposit</source>
        <translation>Structured deposit</translation>
    </message>
    <message>
        <source>Trust plan</source>
        <translation>Trust plan</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Investment-linked insurance</source>
        <translation>Investment-linked insurance</translation>
    </message>
    <message>
        <source>Public fund</source>
        <translation>Public fund</translation>
    </message>
    <message>
        <source>Private fund</source>
        <translation>Private fund</translation>
    </message>
    <message>
        <source>Securities asset management</source>
        <translation>Securities asset management</translation>
    </message>
    <message>
        <source>R1 low</source>
        <translation>R1 low</translation>
    </message>
    <message>
        <source>R2 medium-low</source>
        <translation>R2 medium-low</translation>
    </message>
    <message>
        <source>R3 medium</source>
        <translation>R3 medium</translation>
    </message>
    <message>
        <source>R4 medium-high</source>
        <translation>R4 medium-high</translation>
    </message>
    <message>
        <source>R5 high</source>
        <translation>R5 high</translation>
    </message>
    <message>
        <source>C1 conservative</source>
        <translation>C1 conservative</translation>
    </message>
    <message>
        <source>C2 cautious</source>
        <translation>C2 cautious</translation>
    </message>
    <message>
        <source>C3 balanced</source>
        <translation>C3 balanced</translation>
    </message>
    <message>
        <source>C4 active</source>
        <translation>C4 active</translation>
    </message>
    <message>
        <source>C5 aggressive</source>
        <translation>C5 aggressive</translation>
    </message>
    <message>
        <source>Cash management</source>
        <translation>Cash management</translation>
    </message>
    <message>
        <source>Fixed income</source>
        <translation>Fixed income</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Equity</translation>
    </message>
    <message>
        <source>Futures and derivatives</source>
        <translation>Futures and derivatives</translation>
    </message>
    <message>
        <source>Complex or high-risk</source>
        <translation>Complex or high-risk</translation>
    </message>
    <message>
        <source>Up to 1 year</source>
        <translation>Up to 1 year</translation>
    </message>
    <message>
        <source>1 to 5 years</source>
        <translation>1 to 5 years</translation>
    </message>
    <message>
        <source>No particular limit</source>
        <translation>No particular limit</translation>
    </message>
    <message>
        <source>In the branch</source>
        <translation>In the branch</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Suitable</translation>
    </message>
    <message>
        <source>Mismatch: client's own initiative only</source>
        <translation>Mismatch: client's own initiative only</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Prohibited</translation>
    </message>
    <message>
        <source>Elderly special care</source>
        <translation>Elderly special care</translation>
    </message>
    <message>
        <source>Special risk warning and investment confirmation</source>
        <translation>Special risk warning and investment confirmation</translation>
    </message>
    <message>
        <source>Audio and video recording (双录)</source>
        <translation>Audio and video recording (双录)</translation>
    </message>
    <message>
        <source>24-hour cooling-off period</source>
        <translation>24-hour cooling-off period</translation>
    </message>
    <message>
        <source>15-day free-look period</source>
        <translation>15-day free-look period</translation>
    </message>
    <message>
        <source>Explain the concentration: more than half of financial assets</source>
        <translation>Explain the concentration: more than half of financial assets</translation>
    </message>
    <message>
        <source>Explain affordability: premium above 30% of annual income</source>
        <translation>Explain affordability: premium above 30% of annual income</translation>
    </message>
    <message>
        <source>Onboarding review</source>
        <translation>Onboarding review</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <source>Product matching</source>
        <translation>Product matching</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>Disclosed</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Open-ended, daily redemption</source>
        <translation>Open-ended, daily redemption</translation>
    </message>
    <message>
        <source>Open-ended, {n}-day lock-up</source>
        <translation>Open-ended, {n}-day lock-up</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} days</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Advisor Desk is locked</source>
        <translation>Advisor Desk is locked</translation>
    </message>
    <message>
        <source>Signed in as {name} ({user}). Enter your password to continue; what you had typed is kept.</source>
        <translation>Signed in as {name} ({user}). Enter your password to continue; what you had typed is kept.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Try again in {s} seconds.</source>
        <translation>Try again in {s} seconds.</translation>
    </message>
    <message>
        <source>This account is locked after 10 failed attempts. Ask an administrator to unlock it.</source>
        <translation>This account is locked after 10 failed attempts. Ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {s} seconds.</source>
        <translation>Too many failed attempts. Try again in {s} seconds.</translation>
    </message>
    <message>
        <source>The database could not be opened: it is damaged, or it does not match this folder's key file. You can restore the latest backup.</source>
        <translation>The database could not be opened: it is damaged, or it does not match this folder's key file. You can restore the latest backup.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>The recovery code is wrong.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Advisor Desk — sign in</source>
        <translation>Advisor Desk — sign in</translation>
    </message>
    <message>
        <source>Advisor Desk</source>
        <translation>Advisor Desk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Forgot password…</source>
        <translation>Forgot password…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Wait {s} s</source>
        <translation>Wait {s} s</translation>
    </message>
    <message>
        <source>Choose a new password to continue.</source>
        <translation>Choose a new password to continue.</translation>
    </message>
    <message>
        <source>No backup is available. Contact your support desk.</source>
        <translation>No backup is available. Contact your support desk.</translation>
    </message>
    <message>
        <source>Restore the latest backup ({name})? The damaged database is kept aside, not deleted. Work done after that backup is not in it.</source>
        <translation>Restore the latest backup ({name})? The damaged database is kept aside, not deleted. Work done after that backup is not in it.</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>The backup was restored. Sign in again.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>advisor-desk: no display found; the GUI needs one. Headless, use 'advisor-desk --selftest' or 'advisor-desk demo --out DIR'.</source>
        <translation>advisor-desk: no display found; the GUI needs one. Headless, use 'advisor-desk --selftest' or 'advisor-desk demo --out DIR'.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Advisor Desk</source>
        <translation>Advisor Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Verify a PDF…</source>
        <translation>Verify a PDF…</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>MatchSummary</name>
    <message>
        <source>Back to the client</source>
        <translation>Back to the client</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>This case has no matching decision.</source>
        <translation>This case has no matching decision.</translation>
    </message>
    <message>
        <source>Product: {code}</source>
        <translation>Product: {code}</translation>
    </message>
    <message>
        <source>Amount: {amount} yuan</source>
        <translation>Amount: {amount} yuan</translation>
    </message>
    <message>
        <source>Outcome: {outcome} (product risk {risk})</source>
        <translation>Outcome: {outcome} (product risk {risk})</translation>
    </message>
    <message>
        <source>Matched at {time}</source>
        <translation>Matched at {time}</translation>
    </message>
    <message>
        <source>Recorded: the client asked for this product on their own initiative.</source>
        <translation>Recorded: the client asked for this product on their own initiative.</translation>
    </message>
    <message>
        <source>Before signing, the sale requires:</source>
        <translation>Before signing, the sale requires:</translation>
    </message>
    <message>
        <source>The decision and the facts it was made on are stored and can no longer change.</source>
        <translation>The decision and the facts it was made on are stored and can no longer change.</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>Sales channel</source>
        <translation>Sales channel</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Annual premium (insurance, yuan)</source>
        <translation>Annual premium (insurance, yuan)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Risk rating</source>
        <translation>Risk rating</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>All ratings</translation>
    </message>
    <message>
        <source>Any term</source>
        <translation>Any term</translation>
    </message>
    <message>
        <source>Up to 1 year</source>
        <translation>Up to 1 year</translation>
    </message>
    <message>
        <source>1 to 5 years</source>
        <translation>1 to 5 years</translation>
    </message>
    <message>
        <source>Over 5 years</source>
        <translation>Over 5 years</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>Products and their suitability</source>
        <translation>Products and their suitability</translation>
    </message>
    <message>
        <source>The client asked for this product on their own initiative; I did not recommend it</source>
        <translation>The client asked for this product on their own initiative; I did not recommend it</translation>
    </message>
    <message>
        <source>Choose this product</source>
        <translation>Choose this product</translation>
    </message>
    <message>
        <source>{name}: professional investor, matched as C5 without a questionnaire.</source>
        <translation>{name}: professional investor, matched as C5 without a questionnaire.</translation>
    </message>
    <message>
        <source>{name}: {level}, horizon {horizon}, intends {varieties}; assessment valid until {date}.</source>
        <translation>{name}: {level}, horizon {horizon}, intends {varieties}; assessment valid until {date}.</translation>
    </message>
    <message>
        <source>Select a product to see its decision.</source>
        <translation>Select a product to see its decision.</translation>
    </message>
    <message>
        <source>Issuer: {issuer}</source>
        <translation>Issuer: {issuer}</translation>
    </message>
    <message>
        <source>Rating: issuer {issuer}, distributor {distributor}; sold as {effective}</source>
        <translation>Rating: issuer {issuer}, distributor {distributor}; sold as {effective}</translation>
    </message>
    <message>
        <source>Term: {term}; variety: {variety}</source>
        <translation>Term: {term}; variety: {variety}</translation>
    </message>
    <message>
        <source>Rules: {pack} ({regime})</source>
        <translation>Rules: {pack} ({regime})</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>The sale requires:</source>
        <translation>The sale requires:</translation>
    </message>
    <message>
        <source>Enter the amount to check the minimum and affordability.</source>
        <translation>Enter the amount to check the minimum and affordability.</translation>
    </message>
    <message>
        <source>A prohibited product cannot be chosen.</source>
        <translation>A prohibited product cannot be chosen.</translation>
    </message>
    <message>
        <source>Enter the amount the client will invest.</source>
        <translation>Enter the amount the client will invest.</translation>
    </message>
</context>
<context>
    <name>MatchingModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Minimum (yuan)</source>
        <translation>Minimum (yuan)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Advisor Desk</source>
        <translation>Advisor Desk</translation>
    </message>
</context>
<context>
    <name>PasswordDialogs</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own.</source>
        <translation>Your password was set by an administrator. Choose your own.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Recover access</source>
        <translation>Recover access</translation>
    </message>
    <message>
        <source>Enter the recovery code written down at setup, the user whose password is forgotten, and a new password for them. This is recorded in the audit trail.</source>
        <translation>Enter the recovery code written down at setup, the user whose password is forgotten, and a new password for them. This is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>The new password is set. Sign in with it.</source>
        <translation>The new password is set. Sign in with it.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>At least {n} characters.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <source>Letters and digits both.</source>
        <translation>Letters and digits both.</translation>
    </message>
    <message>
        <source>Must not contain the user name.</source>
        <translation>Must not contain the user name.</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>The password needs both letters and digits.</source>
        <translation>The password needs both letters and digits.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role ({role}) may not do this: {permission}.</source>
        <translation>Your role ({role}) may not do this: {permission}.</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>There is no question {key}.</source>
        <translation>There is no question {key}.</translation>
    </message>
    <message>
        <source>Question {number} is not answered.</source>
        <translation>Question {number} is not answered.</translation>
    </message>
    <message>
        <source>Question {number} takes one answer.</source>
        <translation>Question {number} takes one answer.</translation>
    </message>
    <message>
        <source>Question {number} has no option {letter}.</source>
        <translation>Question {number} has no option {letter}.</translation>
    </message>
    <message>
        <source>Civil capacity is one of full, limited or none.</source>
        <translation>Civil capacity is one of full, limited or none.</translation>
    </message>
    <message>
        <source>A C1 result needs the answer to the civil-capacity question.</source>
        <translation>A C1 result needs the answer to the civil-capacity question.</translation>
    </message>
    <message>
        <source>Use this assessment</source>
        <translation>Use this assessment</translation>
    </message>
    <message>
        <source>Take the questionnaire</source>
        <translation>Take the questionnaire</translation>
    </message>
    <message>
        <source>Skip: professional investor (treated as C5)</source>
        <translation>Skip: professional investor (treated as C5)</translation>
    </message>
    <message>
        <source>Risk tolerance assessment</source>
        <translation>Risk tolerance assessment</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>(choose all that apply)</source>
        <translation>(choose all that apply)</translation>
    </message>
    <message>
        <source>What the client confirmed about the inconsistencies</source>
        <translation>What the client confirmed about the inconsistencies</translation>
    </message>
    <message>
        <source>The client confirms the change of risk level</source>
        <translation>The client confirms the change of risk level</translation>
    </message>
    <message>
        <source>Submit the assessment</source>
        <translation>Submit the assessment</translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation>Back to the answers</translation>
    </message>
    <message>
        <source>Assessment result (for the advisor)</source>
        <translation>Assessment result (for the advisor)</translation>
    </message>
    <message>
        <source>The client has no risk assessment yet.</source>
        <translation>The client has no risk assessment yet.</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>valid until {date}</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>expired on {date}</translation>
    </message>
    <message>
        <source>It expires within 30 days.</source>
        <translation>It expires within 30 days.</translation>
    </message>
    <message>
        <source>Latest assessment: {level} (score {score}), taken {date}, {state}.</source>
        <translation>Latest assessment: {level} (score {score}), taken {date}, {state}.</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>Question {n} of {total}</translation>
    </message>
    <message>
        <source>One more question</source>
        <translation>One more question</translation>
    </message>
    <message>
        <source>Score: {score} of 100</source>
        <translation>Score: {score} of 100</translation>
    </message>
    <message>
        <source>Risk level: {level}</source>
        <translation>Risk level: {level}</translation>
    </message>
    <message>
        <source>Investment horizon: {h}</source>
        <translation>Investment horizon: {h}</translation>
    </message>
    <message>
        <source>Intended varieties: {v}</source>
        <translation>Intended varieties: {v}</translation>
    </message>
    <message>
        <source>Lowest risk category: only R1 products may be offered.</source>
        <translation>Lowest risk category: only R1 products may be offered.</translation>
    </message>
    <message>
        <source>Previous level: {old}. The client must confirm the change.</source>
        <translation>Previous level: {old}. The client must confirm the change.</translation>
    </message>
    <message>
        <source>Inconsistent answers — correct them with the client, or record what the client confirmed:</source>
        <translation>Inconsistent answers — correct them with the client, or record what the client confirmed:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Choose a value from {lo} to {hi}.</source>
        <translation>Choose a value from {lo} to {hi}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>Verify audit trail</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>The language changes the next time Advisor Desk starts.</source>
        <translation>The language changes the next time Advisor Desk starts.</translation>
    </message>
    <message>
        <source>The audit trail is intact: {n} events, head {h}.</source>
        <translation>The audit trail is intact: {n} events, head {h}.</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at event {seq} ({problem}). Report this to compliance.</source>
        <translation>The audit trail is BROKEN at event {seq} ({problem}). Report this to compliance.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>A user name is required.</source>
        <translation>A user name is required.</translation>
    </message>
    <message>
        <source>User names have 3–32 characters: lowercase letters, digits, '.', '_' or '-'.</source>
        <translation>User names have 3–32 characters: lowercase letters, digits, '.', '_' or '-'.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>This data folder is already set up.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up Advisor Desk</source>
        <translation>Set up Advisor Desk</translation>
    </message>
    <message>
        <source>This creates the encrypted database on this computer and its first administrator. Client data never leaves this database unencrypted.</source>
        <translation>This creates the encrypted database on this computer and its first administrator. Client data never leaves this database unencrypted.</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Administrator name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Create database</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Write this code down and keep it somewhere safe, away from this computer. It is shown only now. If every administrator password is forgotten, this code is the only way to open the data again.</source>
        <translation>Write this code down and keep it somewhere safe, away from this computer. It is shown only now. If every administrator password is forgotten, this code is the only way to open the data again.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>I have written the recovery code down</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Please sign here.</source>
        <translation>Please sign here.</translation>
    </message>
    <message>
        <source>The signature is too short. Please clear it and sign again.</source>
        <translation>The signature is too short. Please clear it and sign again.</translation>
    </message>
    <message>
        <source>Please copy the sentence by hand.</source>
        <translation>Please copy the sentence by hand.</translation>
    </message>
    <message>
        <source>The copied sentence looks incomplete. Please copy the whole sentence.</source>
        <translation>The copied sentence looks incomplete. Please copy the whole sentence.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the pad</source>
        <translation>Clear the pad</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Undo the last stroke</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Redo the stroke</source>
        <translation>Redo the stroke</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>This case has no matched product to sign.</source>
        <translation>This case has no matched product to sign.</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Client: {name}</translation>
    </message>
    <message>
        <source>Product: {code} {name}</source>
        <translation>Product: {code} {name}</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Amount: {amount}</translation>
    </message>
    <message>
        <source>Risk: product {risk}, client {level}</source>
        <translation>Risk: product {risk}, client {level}</translation>
    </message>
    <message>
        <source>Suitability: {outcome}</source>
        <translation>Suitability: {outcome}</translation>
    </message>
    <message>
        <source>Read: {title} (version {version}, {seconds} s)</source>
        <translation>Read: {title} (version {version}, {seconds} s)</translation>
    </message>
    <message>
        <source>Requirement met: {what}</source>
        <translation>Requirement met: {what}</translation>
    </message>
    <message>
        <source>Finish the disclosure step before signing.</source>
        <translation>Finish the disclosure step before signing.</translation>
    </message>
    <message>
        <source>Suitability records of case {case}</source>
        <translation>Suitability records of case {case}</translation>
    </message>
    <message>
        <source>This case has no signed pack yet.</source>
        <translation>This case has no signed pack yet.</translation>
    </message>
    <message>
        <source>The stored pack does not match the hash recorded at signing.</source>
        <translation>The stored pack does not match the hash recorded at signing.</translation>
    </message>
    <message>
        <source>What the client is signing</source>
        <translation>What the client is signing</translation>
    </message>
    <message>
        <source>Client signature</source>
        <translation>Client signature</translation>
    </message>
    <message>
        <source>Advisor signature</source>
        <translation>Advisor signature</translation>
    </message>
    <message>
        <source>Sign and seal the documents</source>
        <translation>Sign and seal the documents</translation>
    </message>
    <message>
        <source>Advisor: {name}</source>
        <translation>Advisor: {name}</translation>
    </message>
    <message>
        <source>Building and sealing the documents…</source>
        <translation>Building and sealing the documents…</translation>
    </message>
</context>
<context>
    <name>Suitability</name>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>civil capacity</source>
        <translation>civil capacity</translation>
    </message>
    <message>
        <source>investment horizon</source>
        <translation>investment horizon</translation>
    </message>
    <message>
        <source>intended varieties</source>
        <translation>intended varieties</translation>
    </message>
    <message>
        <source>financial assets</source>
        <translation>financial assets</translation>
    </message>
    <message>
        <source>annual income</source>
        <translation>annual income</translation>
    </message>
    <message>
        <source>average annual income of the last 3 years</source>
        <translation>average annual income of the last 3 years</translation>
    </message>
    <message>
        <source>family financial assets</source>
        <translation>family financial assets</translation>
    </message>
    <message>
        <source>family financial net assets</source>
        <translation>family financial net assets</translation>
    </message>
    <message>
        <source>years of investment experience</source>
        <translation>years of investment experience</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>annual premium</source>
        <translation>annual premium</translation>
    </message>
    <message>
        <source>sales channel</source>
        <translation>sales channel</translation>
    </message>
    <message>
        <source>product term</source>
        <translation>product term</translation>
    </message>
    <message>
        <source>product lock-up period</source>
        <translation>product lock-up period</translation>
    </message>
    <message>
        <source>This rule needs a fact that was not recorded: {field}.</source>
        <translation>This rule needs a fact that was not recorded: {field}.</translation>
    </message>
    <message>
        <source>The client has no civil capacity (under {age} or declared without capacity): no product may be sold (Civil Code Arts 20–21).</source>
        <translation>The client has no civil capacity (under {age} or declared without capacity): no product may be sold (Civil Code Arts 20–21).</translation>
    </message>
    <message>
        <source>A client with limited civil capacity may only buy products up to {max}; this product is {risk}.</source>
        <translation>A client with limited civil capacity may only buy products up to {max}; this product is {risk}.</translation>
    </message>
    <message>
        <source>A client with limited civil capacity needs a recorded guardian consent.</source>
        <translation>A client with limited civil capacity needs a recorded guardian consent.</translation>
    </message>
    <message>
        <source>The client has no risk assessment on file; assess before matching.</source>
        <translation>The client has no risk assessment on file; assess before matching.</translation>
    </message>
    <message>
        <source>The risk assessment expired on {date}; the client must be reassessed.</source>
        <translation>The risk assessment expired on {date}; the client must be reassessed.</translation>
    </message>
    <message>
        <source>The client is in the lowest risk category and may only buy {max} products; no override is possible.</source>
        <translation>The client is in the lowest risk category and may only buy {max} products; no override is possible.</translation>
    </message>
    <message>
        <source>Product risk {risk} is above the client's risk tolerance {level}.</source>
        <translation>Product risk {risk} is above the client's risk tolerance {level}.</translation>
    </message>
    <message>
        <source>The product commits the money for {days} days, longer than the client's horizon of {limit} days.</source>
        <translation>The product commits the money for {days} days, longer than the client's horizon of {limit} days.</translation>
    </message>
    <message>
        <source>The product's variety ({variety}) is not among the varieties the client intends to invest in.</source>
        <translation>The product's variety ({variety}) is not among the varieties the client intends to invest in.</translation>
    </message>
    <message>
        <source>The client does not meet the qualified-investor thresholds for private products ({rule}).</source>
        <translation>The client does not meet the qualified-investor thresholds for private products ({rule}).</translation>
    </message>
    <message>
        <source>The amount {amount} is below the product's minimum of {minimum}.</source>
        <translation>The amount {amount} is below the product's minimum of {minimum}.</translation>
    </message>
    <message>
        <source>The amount is more than {percent}% of the client's declared financial assets.</source>
        <translation>The amount is more than {percent}% of the client's declared financial assets.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>No user named {name}.</source>
        <translation>No user named {name}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>This user name is taken.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Enable the account before resetting it.</source>
        <translation>Enable the account before resetting it.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Temporary password for {user}</source>
        <translation>Temporary password for {user}</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Enable…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>Locked after failed sign-ins</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Select a user first.</translation>
    </message>
    <message>
        <source>Disable {user}? They can no longer sign in.</source>
        <translation>Disable {user}? They can no longer sign in.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The mobile number is required.</source>
        <translation>The mobile number is required.</translation>
    </message>
    <message>
        <source>This is not a valid mobile number; foreign numbers need their +country code.</source>
        <translation>This is not a valid mobile number; foreign numbers need their +country code.</translation>
    </message>
    <message>
        <source>This is a valid number but not a mobile number; please give a mobile number.</source>
        <translation>This is a valid number but not a mobile number; please give a mobile number.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (name@example.com).</source>
        <translation>This is not a valid e-mail address (name@example.com).</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>The date is required.</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 1990-03-01.</source>
        <translation>Enter the date as YYYY-MM-DD, e.g. 1990-03-01.</translation>
    </message>
    <message>
        <source>The date {text} does not exist.</source>
        <translation>The date {text} does not exist.</translation>
    </message>
    <message>
        <source>The birth date {digits} in the ID number is not a real date.</source>
        <translation>The birth date {digits} in the ID number is not a real date.</translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is before 1900-01-01.</source>
        <translation>The birth date {date} in the ID number is before 1900-01-01.</translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is in the future.</source>
        <translation>The birth date {date} in the ID number is in the future.</translation>
    </message>
    <message>
        <source>A mainland ID number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.</source>
        <translation>A mainland ID number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.</translation>
    </message>
    <message>
        <source>A residence permit number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.</source>
        <translation>A residence permit number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.</translation>
    </message>
    <message>
        <source>A permanent residence ID number has 18 characters (old cards 15); this one has {count}.</source>
        <translation>A permanent residence ID number has 18 characters (old cards 15); this one has {count}.</translation>
    </message>
    <message>
        <source>An 18-character ID number has 17 digits followed by a digit or X.</source>
        <translation>An 18-character ID number has 17 digits followed by a digit or X.</translation>
    </message>
    <message>
        <source>The region code (first 6 digits) cannot start with 0.</source>
        <translation>The region code (first 6 digits) cannot start with 0.</translation>
    </message>
    <message>
        <source>A residence permit number starts with 810000, 820000 or 830000.</source>
        <translation>A residence permit number starts with 810000, 820000 or 830000.</translation>
    </message>
    <message>
        <source>An 18-character permanent residence ID number starts with 9.</source>
        <translation>An 18-character permanent residence ID number starts with 9.</translation>
    </message>
    <message>
        <source>The check character (last, ISO 7064 MOD 11-2) does not match; please re-check the number.</source>
        <translation>The check character (last, ISO 7064 MOD 11-2) does not match; please re-check the number.</translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 characters; this one has {count}.</source>
        <translation>A passport number has 5 to 20 characters; this one has {count}.</translation>
    </message>
    <message>
        <source>A passport number contains only letters A-Z and digits.</source>
        <translation>A passport number contains only letters A-Z and digits.</translation>
    </message>
    <message>
        <source>A Hong Kong/Macao permit number has 9 or 11 characters; this one has {count}.</source>
        <translation>A Hong Kong/Macao permit number has 9 or 11 characters; this one has {count}.</translation>
    </message>
    <message>
        <source>A Hong Kong/Macao permit number is H or M followed by 8 or 10 digits.</source>
        <translation>A Hong Kong/Macao permit number is H or M followed by 8 or 10 digits.</translation>
    </message>
    <message>
        <source>A Taiwan permit number has 8 characters (older ones 10); this one has {count}.</source>
        <translation>A Taiwan permit number has 8 characters (older ones 10); this one has {count}.</translation>
    </message>
    <message>
        <source>A Taiwan permit number is 8 digits (older ones: 8 digits and 2 letters or digits).</source>
        <translation>A Taiwan permit number is 8 digits (older ones: 8 digits and 2 letters or digits).</translation>
    </message>
    <message>
        <source>A 15-character permanent residence ID number is 3 letters followed by 12 digits.</source>
        <translation>A 15-character permanent residence ID number is 3 letters followed by 12 digits.</translation>
    </message>
    <message>
        <source>The ID number is required.</source>
        <translation>The ID number is required.</translation>
    </message>
    <message>
        <source>Unknown ID document type: {id_type}.</source>
        <translation>Unknown ID document type: {id_type}.</translation>
    </message>
    <message>
        <source>The birth date {declared} differs from the one in the ID number ({encoded}).</source>
        <translation>The birth date {declared} differs from the one in the ID number ({encoded}).</translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation>Choose one of the listed options.</translation>
    </message>
    <message>
        <source>The client's name is required.</source>
        <translation>The client's name is required.</translation>
    </message>
    <message>
        <source>A name has at most 100 characters.</source>
        <translation>A name has at most 100 characters.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>Nationality is a 3-letter ISO 3166 code, such as CHN.</source>
        <translation>Nationality is a 3-letter ISO 3166 code, such as CHN.</translation>
    </message>
    <message>
        <source>Years of investment experience is a whole number from 0 to 80.</source>
        <translation>Years of investment experience is a whole number from 0 to 80.</translation>
    </message>
    <message>
        <source>A client without full civil capacity needs a guardian (Civil Code Arts 17–22).</source>
        <translation>A client without full civil capacity needs a guardian (Civil Code Arts 17–22).</translation>
    </message>
    <message>
        <source>Separate consent to process sensitive personal information is required (PIPL Art. 29).</source>
        <translation>Separate consent to process sensitive personal information is required (PIPL Art. 29).</translation>
    </message>
    <message>
        <source>The amount is required.</source>
        <translation>The amount is required.</translation>
    </message>
    <message>
        <source>Enter the amount as a plain number in yuan, such as 1000 or 1,000.50.</source>
        <translation>Enter the amount as a plain number in yuan, such as 1000 or 1,000.50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>The amount can have at most 2 decimal places (fen).</source>
        <translation>The amount can have at most 2 decimal places (fen).</translation>
    </message>
    <message>
        <source>The amount cannot exceed {maximum} yuan.</source>
        <translation>The amount cannot exceed {maximum} yuan.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
</context>
<context>
    <name>VerifyFile</name>
    <message>
        <source>Verify a PDF</source>
        <translation>Verify a PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{name}: the seal is valid and the document is unchanged.</source>
        <translation>{name}: the seal is valid and the document is unchanged.</translation>
    </message>
    <message>
        <source>{name}: NOT valid — {problem}</source>
        <translation>{name}: NOT valid — {problem}</translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Signer: {signer}</translation>
    </message>
    <message>
        <source>Signed at: {time}</source>
        <translation>Signed at: {time}</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
    <message>
        <source>Certificate: {fingerprint}</source>
        <translation>Certificate: {fingerprint}</translation>
    </message>
    <message>
        <source>The certificate is not one of this institution's devices: the document is intact, but its origin is not confirmed.</source>
        <translation>The certificate is not one of this institution's devices: the document is intact, but its origin is not confirmed.</translation>
    </message>
</context>
</TS>