<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AfterSale</name>
    <message>
        <source>The client is in the cooling-off period until {time}: no contact before then.</source>
        <translation>The client is in the cooling-off period until {time}: no contact before then.</translation>
    </message>
    <message>
        <source>Choose a score from {low} to {high}.</source>
        <translation>Choose a score from {low} to {high}.</translation>
    </message>
    <message>
        <source>Unknown survey.</source>
        <translation>Unknown survey.</translation>
    </message>
    <message>
        <source>Only a signed sale can be surveyed.</source>
        <translation>Only a signed sale can be surveyed.</translation>
    </message>
    <message>
        <source>No such complaint.</source>
        <translation>No such complaint.</translation>
    </message>
    <message>
        <source>This complaint is about your own sale: a colleague must ask the client.</source>
        <translation>This complaint is about your own sale: a colleague must ask the client.</translation>
    </message>
    <message>
        <source>Survey the client once the complaint is closed.</source>
        <translation>Survey the client once the complaint is closed.</translation>
    </message>
    <message>
        <source>This survey has already been taken.</source>
        <translation>This survey has already been taken.</translation>
    </message>
</context>
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
    <name>Calendar</name>
    <message>
        <source>Choose the kind of day.</source>
        <translation>Choose the kind of day.</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Holiday (no work)</source>
        <translation>Holiday (no work)</translation>
    </message>
    <message>
        <source>Worked day (e.g. a weekend made up)</source>
        <translation>Worked day (e.g. a weekend made up)</translation>
    </message>
    <message>
        <source>Normal: weekdays worked, weekends off</source>
        <translation>Normal: weekdays worked, weekends off</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Worked day</source>
        <translation>Worked day</translation>
    </message>
    <message>
        <source>Normal day</source>
        <translation>Normal day</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Shipped, changed here</source>
        <translation>Shipped, changed here</translation>
    </message>
    <message>
        <source>Added here</source>
        <translation>Added here</translation>
    </message>
    <message>
        <source>Holidays and worked days</source>
        <translation>Holidays and worked days</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Make it</source>
        <translation>Make it</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>e.g. 春节 or 国庆节调休上班</source>
        <translation>e.g. 春节 or 国庆节调休上班</translation>
    </message>
    <message>
        <source>Save the day</source>
        <translation>Save the day</translation>
    </message>
    <message>
        <source>Complaint deadlines count calendar days and move off weekends and holidays; internal targets count working days. Changes apply to open complaints at once. Add each new year's official holidays and worked weekends here.</source>
        <translation>Complaint deadlines count calendar days and move off weekends and holidays; internal targets count working days. Changes apply to open complaints at once. Add each new year's official holidays and worked weekends here.</translation>
    </message>
    <message>
        <source>Saved: {day} ({weekday}) is now: {kind}.</source>
        <translation>Saved: {day} ({weekday}) is now: {kind}.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the sale</source>
        <translation>Cancel the sale</translation>
    </message>
    <message>
        <source>cooling-off period</source>
        <translation>cooling-off period</translation>
    </message>
    <message>
        <source>free-look period</source>
        <translation>free-look period</translation>
    </message>
    <message>
        <source>{client} may cancel {code} {product} ({amount} yuan) until {deadline}, the end of the {period}. Recording the cancellation makes the sale void, records the refund and seals the cancellation confirmation the client signs below.</source>
        <translation>{client} may cancel {code} {product} ({amount} yuan) until {deadline}, the end of the {period}. Recording the cancellation makes the sale void, records the refund and seals the cancellation confirmation the client signs below.</translation>
    </message>
    <message>
        <source>Refund (yuan)</source>
        <translation>Refund (yuan)</translation>
    </message>
    <message>
        <source>Refund payment reference</source>
        <translation>Refund payment reference</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <source>e.g. the transfer's serial number</source>
        <translation>e.g. the transfer's serial number</translation>
    </message>
    <message>
        <source>Client's signature</source>
        <translation>Client's signature</translation>
    </message>
    <message>
        <source>The client signs here to cancel</source>
        <translation>The client signs here to cancel</translation>
    </message>
    <message>
        <source>Record the cancellation</source>
        <translation>Record the cancellation</translation>
    </message>
    <message>
        <source>Close without cancelling</source>
        <translation>Close without cancelling</translation>
    </message>
</context>
<context>
    <name>Cancellation</name>
    <message>
        <source>cooling-off period</source>
        <translation>cooling-off period</translation>
    </message>
    <message>
        <source>free-look period</source>
        <translation>free-look period</translation>
    </message>
    <message>
        <source>This sale was already cancelled on {time}.</source>
        <translation>This sale was already cancelled on {time}.</translation>
    </message>
    <message>
        <source>This sale is already cancelled.</source>
        <translation>This sale is already cancelled.</translation>
    </message>
    <message>
        <source>This product has no cooling-off or free-look period: the sale cannot be cancelled here.</source>
        <translation>This product has no cooling-off or free-look period: the sale cannot be cancelled here.</translation>
    </message>
    <message>
        <source>Only a signed sale still in force can be cancelled.</source>
        <translation>Only a signed sale still in force can be cancelled.</translation>
    </message>
    <message>
        <source>The {period} ended at {time} (Beijing time): the sale can no longer be cancelled here.</source>
        <translation>The {period} ended at {time} (Beijing time): the sale can no longer be cancelled here.</translation>
    </message>
    <message>
        <source>Enter the refund as an amount in yuan.</source>
        <translation>Enter the refund as an amount in yuan.</translation>
    </message>
    <message>
        <source>The refund must be greater than zero.</source>
        <translation>The refund must be greater than zero.</translation>
    </message>
    <message>
        <source>The refund cannot exceed the amount of the sale ({amount}).</source>
        <translation>The refund cannot exceed the amount of the sale ({amount}).</translation>
    </message>
    <message>
        <source>The refund can have at most 2 decimal places (fen).</source>
        <translation>The refund can have at most 2 decimal places (fen).</translation>
    </message>
    <message>
        <source>Enter the reference of the refund payment.</source>
        <translation>Enter the reference of the refund payment.</translation>
    </message>
    <message>
        <source>The reference can have at most {n} characters.</source>
        <translation>The reference can have at most {n} characters.</translation>
    </message>
    <message>
        <source>The reason can have at most {n} characters.</source>
        <translation>The reason can have at most {n} characters.</translation>
    </message>
    <message>
        <source>Cancellation of case {case}</source>
        <translation>Cancellation of case {case}</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>cancellation</translation>
    </message>
    <message>
        <source>This sale has no cancellation confirmation.</source>
        <translation>This sale has no cancellation confirmation.</translation>
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
    <message>
        <source>Enroll with head office if asked, then push and pull once.</source>
        <translation>Enroll with head office if asked, then push and pull once.</translation>
    </message>
    <message>
        <source>head-office address</source>
        <translation>head-office address</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>one-time code</translation>
    </message>
    <message>
        <source>user to sign in as</source>
        <translation>user to sign in as</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>read the password from standard input</translation>
    </message>
    <message>
        <source>required (the user to sign in as)</source>
        <translation>required (the user to sign in as)</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Password for {user}: </translation>
    </message>
    <message>
        <source>{folder} holds no Advisor Desk data</source>
        <translation>{folder} holds no Advisor Desk data</translation>
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
    <name>ComplaintIntake</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>{product} · {state} · {date}</source>
        <translation>{product} · {state} · {date}</translation>
    </message>
    <message>
        <source>no product yet</source>
        <translation>no product yet</translation>
    </message>
    <message>
        <source>Take a complaint</source>
        <translation>Take a complaint</translation>
    </message>
    <message>
        <source>Find the client</source>
        <translation>Find the client</translation>
    </message>
    <message>
        <source>Type part of the client's name</source>
        <translation>Type part of the client's name</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Case complained about</source>
        <translation>Case complained about</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the client says happened, in their words</source>
        <translation>What the client says happened, in their words</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>The client must be acknowledged within 24 hours and told the decision within 15 days. Linking the case keeps the advisor who sold it from handling the complaint.</source>
        <translation>The client must be acknowledged within 24 hours and told the decision within 15 days. Linking the case keeps the advisor who sold it from handling the complaint.</translation>
    </message>
    <message>
        <source>Take in</source>
        <translation>Take in</translation>
    </message>
    <message>
        <source>Take the complaint in</source>
        <translation>Take the complaint in</translation>
    </message>
    <message>
        <source>No client of the branch matches</source>
        <translation>No client of the branch matches</translation>
    </message>
    <message>
        <source>No particular case</source>
        <translation>No particular case</translation>
    </message>
    <message>
        <source>Your role cannot see cases: a service colleague links the case later if the complaint is about one.</source>
        <translation>Your role cannot see cases: a service colleague links the case later if the complaint is about one.</translation>
    </message>
    <message>
        <source>Find and choose the client.</source>
        <translation>Find and choose the client.</translation>
    </message>
    <message>
        <source>Take a complaint…</source>
        <translation>Take a complaint…</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>This complaint is closed; nothing can change.</source>
        <translation>This complaint is closed; nothing can change.</translation>
    </message>
    <message>
        <source>This complaint is about your own sale: a colleague must handle it.</source>
        <translation>This complaint is about your own sale: a colleague must handle it.</translation>
    </message>
    <message>
        <source>This complaint is assigned to {name}: only they or a supervisor may act on it.</source>
        <translation>This complaint is assigned to {name}: only they or a supervisor may act on it.</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>At most {n} characters.</translation>
    </message>
    <message>
        <source>This complaint is already acknowledged.</source>
        <translation>This complaint is already acknowledged.</translation>
    </message>
    <message>
        <source>The decision is made; the handler cannot change now.</source>
        <translation>The decision is made; the handler cannot change now.</translation>
    </message>
    <message>
        <source>The advisor complained about cannot handle this complaint.</source>
        <translation>The advisor complained about cannot handle this complaint.</translation>
    </message>
    <message>
        <source>Choose a service or supervisor colleague of this branch.</source>
        <translation>Choose a service or supervisor colleague of this branch.</translation>
    </message>
    <message>
        <source>This colleague already handles it.</source>
        <translation>This colleague already handles it.</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>Give the reason for the extension.</translation>
    </message>
    <message>
        <source>The decision is made; the period cannot be extended.</source>
        <translation>The decision is made; the period cannot be extended.</translation>
    </message>
    <message>
        <source>The decision period cannot be extended any further.</source>
        <translation>The decision period cannot be extended any further.</translation>
    </message>
    <message>
        <source>A further extension needs a supervisor's approval.</source>
        <translation>A further extension needs a supervisor's approval.</translation>
    </message>
    <message>
        <source>The decision is already overdue: an extension must be made before the deadline.</source>
        <translation>The decision is already overdue: an extension must be made before the deadline.</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>Write the decision.</translation>
    </message>
    <message>
        <source>Name the root cause.</source>
        <translation>Name the root cause.</translation>
    </message>
    <message>
        <source>This complaint is already decided.</source>
        <translation>This complaint is already decided.</translation>
    </message>
    <message>
        <source>Acknowledge the complaint first.</source>
        <translation>Acknowledge the complaint first.</translation>
    </message>
    <message>
        <source>Choose how the client was informed.</source>
        <translation>Choose how the client was informed.</translation>
    </message>
    <message>
        <source>The client was already informed.</source>
        <translation>The client was already informed.</translation>
    </message>
    <message>
        <source>Record the decision first.</source>
        <translation>Record the decision first.</translation>
    </message>
    <message>
        <source>Inform the client of the decision before closing.</source>
        <translation>Inform the client of the decision before closing.</translation>
    </message>
    <message>
        <source>Choose the channel.</source>
        <translation>Choose the channel.</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>Choose the category.</translation>
    </message>
    <message>
        <source>Describe the complaint in the client's words.</source>
        <translation>Describe the complaint in the client's words.</translation>
    </message>
    <message>
        <source>No such client in this branch.</source>
        <translation>No such client in this branch.</translation>
    </message>
    <message>
        <source>Choose one of this client's cases.</source>
        <translation>Choose one of this client's cases.</translation>
    </message>
    <message>
        <source>No such complaint in this branch.</source>
        <translation>No such complaint in this branch.</translation>
    </message>
    <message>
        <source>Choose a list.</source>
        <translation>Choose a list.</translation>
    </message>
    <message>
        <source>Choose a complaint in the list.</source>
        <translation>Choose a complaint in the list.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Advisor complained about</source>
        <translation>Advisor complained about</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>Acknowledge by</translation>
    </message>
    <message>
        <source>Decide and inform by</source>
        <translation>Decide and inform by</translation>
    </message>
    <message>
        <source>Base 15-day deadline</source>
        <translation>Base 15-day deadline</translation>
    </message>
    <message>
        <source>Internal target (7 working days)</source>
        <translation>Internal target (7 working days)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>The client's description</source>
        <translation>The client's description</translation>
    </message>
    <message>
        <source>History of the complaint</source>
        <translation>History of the complaint</translation>
    </message>
    <message>
        <source>The client's words</source>
        <translation>The client's words</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Receipt acknowledged</source>
        <translation>Receipt acknowledged</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>Why more time is needed</translation>
    </message>
    <message>
        <source>Reason for an extension</source>
        <translation>Reason for an extension</translation>
    </message>
    <message>
        <source>Extend the period</source>
        <translation>Extend the period</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Client told by</source>
        <translation>Client told by</translation>
    </message>
    <message>
        <source>Client told the decision</source>
        <translation>Client told the decision</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>Close the complaint</translation>
    </message>
    <message>
        <source>Satisfaction survey…</source>
        <translation>Satisfaction survey…</translation>
    </message>
    <message>
        <source>{client} ({id}) — {category}</source>
        <translation>{client} ({id}) — {category}</translation>
    </message>
    <message>
        <source>{time} by {name}</source>
        <translation>{time} by {name}</translation>
    </message>
    <message>
        <source>No case linked</source>
        <translation>No case linked</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Not assigned yet</translation>
    </message>
    <message>
        <source>(extension {level} of {most})</source>
        <translation>(extension {level} of {most})</translation>
    </message>
    <message>
        <source>Decision: {resolution}
Root cause: {cause}</source>
        <translation>Decision: {resolution}
Root cause: {cause}</translation>
    </message>
    <message>
        <source>{due} — done {done}</source>
        <translation>{due} — done {done}</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(late)</translation>
    </message>
    <message>
        <source>Both extensions are used.</source>
        <translation>Both extensions are used.</translation>
    </message>
    <message>
        <source>A further 30 days need a supervisor's approval: ask a supervisor.</source>
        <translation>A further 30 days need a supervisor's approval: ask a supervisor.</translation>
    </message>
    <message>
        <source>A further 30 days, with your approval.</source>
        <translation>A further 30 days, with your approval.</translation>
    </message>
    <message>
        <source>Complex cases: up to 30 days in all.</source>
        <translation>Complex cases: up to 30 days in all.</translation>
    </message>
    <message>
        <source>Close this complaint? Nothing about it can change afterwards.</source>
        <translation>Close this complaint? Nothing about it can change afterwards.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Decided, client not yet told</source>
        <translation>Decided, client not yet told</translation>
    </message>
    <message>
        <source>Client informed</source>
        <translation>Client informed</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Taken in ({channel}, {category})</source>
        <translation>Taken in ({channel}, {category})</translation>
    </message>
    <message>
        <source>Receipt acknowledged (late)</source>
        <translation>Receipt acknowledged (late)</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Assigned to {name}</translation>
    </message>
    <message>
        <source>Extension {level}, decide by {day}: {reason}</source>
        <translation>Extension {level}, decide by {day}: {reason}</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <source>Client told the decision ({channel})</source>
        <translation>Client told the decision ({channel})</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>Acknowledge by</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Decide by</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>The complaint is closed. Ask the client how satisfied they are with how it was handled.</source>
        <translation>The complaint is closed. Ask the client how satisfied they are with how it was handled.</translation>
    </message>
    <message>
        <source>Which complaints</source>
        <translation>Which complaints</translation>
    </message>
    <message>
        <source>Take a complaint…</source>
        <translation>Take a complaint…</translation>
    </message>
    <message>
        <source>Take a complaint</source>
        <translation>Take a complaint</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>{n} complaints · {overdue} overdue · {today} due today</source>
        <translation>{n} complaints · {overdue} overdue · {today} due today</translation>
    </message>
    <message>
        <source>No complaints in this list.</source>
        <translation>No complaints in this list.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Resolve a sync conflict</source>
        <translation>Resolve a sync conflict</translation>
    </message>
    <message>
        <source>“{field}” was changed on this device and at head office (or on another device) since they last agreed. Choose the value to keep; the other is replaced everywhere at the next sync.</source>
        <translation>“{field}” was changed on this device and at head office (or on another device) since they last agreed. Choose the value to keep; the other is replaced everywhere at the next sync.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Before both changes</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Noticed</translation>
    </message>
    <message>
        <source>Keep this device's value: {value}</source>
        <translation>Keep this device's value: {value}</translation>
    </message>
    <message>
        <source>Keep head office's value: {value}</source>
        <translation>Keep head office's value: {value}</translation>
    </message>
    <message>
        <source>Enter another value:</source>
        <translation>Enter another value:</translation>
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
    <name>DashboardPage</name>
    <message>
        <source>{sales} (no target)</source>
        <translation>{sales} (no target)</translation>
    </message>
    <message>
        <source>Sales (yuan)</source>
        <translation>Sales (yuan)</translation>
    </message>
    <message>
        <source>Target (yuan)</source>
        <translation>Target (yuan)</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Cases signed</source>
        <translation>Cases signed</translation>
    </message>
    <message>
        <source>Cases started</source>
        <translation>Cases started</translation>
    </message>
    <message>
        <source>Mismatched sales</source>
        <translation>Mismatched sales</translation>
    </message>
    <message>
        <source>Sales signed</source>
        <translation>Sales signed</translation>
    </message>
    <message>
        <source>Sales at the client's own initiative</source>
        <translation>Sales at the client's own initiative</translation>
    </message>
    <message>
        <source>Sales with elderly special care</source>
        <translation>Sales with elderly special care</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Complaints received</translation>
    </message>
    <message>
        <source>Decided within 15 days</source>
        <translation>Decided within 15 days</translation>
    </message>
    <message>
        <source>Complaints decided</source>
        <translation>Complaints decided</translation>
    </message>
    <message>
        <source>Sum of the scores</source>
        <translation>Sum of the scores</translation>
    </message>
    <message>
        <source>Surveys answered</source>
        <translation>Surveys answered</translation>
    </message>
    <message>
        <source>Visited on time</source>
        <translation>Visited on time</translation>
    </message>
    <message>
        <source>Return visits falling due</source>
        <translation>Return visits falling due</translation>
    </message>
    <message>
        <source>Branch total</source>
        <translation>Branch total</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>{numerator}: {n}
{denominator}: {d}
Double-click for the cases.</source>
        <translation>{numerator}: {n}
{denominator}: {d}
Double-click for the cases.</translation>
    </message>
    <message>
        <source>{numerator}: {n}
{denominator}: {d}
Double-click for the records.</source>
        <translation>{numerator}: {n}
{denominator}: {d}
Double-click for the records.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Assessment expires</source>
        <translation>Assessment expires</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation>Surveyed</translation>
    </message>
    <message>
        <source>Visit due by</source>
        <translation>Visit due by</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Complaint status</source>
        <translation>Complaint status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>{year} Q{n}</source>
        <translation>{year} Q{n}</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {file}.</source>
        <translation>Saved {rows} rows to {file}.</translation>
    </message>
    <message>
        <source>Period type</source>
        <translation>Period type</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation>Set target…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Branch KPIs</source>
        <translation>Branch KPIs</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Figures per advisor</source>
        <translation>Figures per advisor</translation>
    </message>
    <message>
        <source>Figure in the chart</source>
        <translation>Figure in the chart</translation>
    </message>
    <message>
        <source>Chart of the figure per advisor</source>
        <translation>Chart of the figure per advisor</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>as of {time}</source>
        <translation>as of {time}</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>KPIs {period}</source>
        <translation>KPIs {period}</translation>
    </message>
    <message>
        <source>Which records</source>
        <translation>Which records</translation>
    </message>
    <message>
        <source>Clients counted</source>
        <translation>Clients counted</translation>
    </message>
    <message>
        <source>All the advisor's clients</source>
        <translation>All the advisor's clients</translation>
    </message>
    <message>
        <source>Cases counted</source>
        <translation>Cases counted</translation>
    </message>
    <message>
        <source>All cases in the base</source>
        <translation>All cases in the base</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>Records counted</translation>
    </message>
    <message>
        <source>All records in the base</source>
        <translation>All records in the base</translation>
    </message>
    <message>
        <source>Records behind the figure</source>
        <translation>Records behind the figure</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Showing the first {n} records; there are more.</source>
        <translation>Showing the first {n} records; there are more.</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>Monthly sales target</source>
        <translation>Monthly sales target</translation>
    </message>
    <message>
        <source>No target set for this month yet.</source>
        <translation>No target set for this month yet.</translation>
    </message>
    <message>
        <source>Current target: {amount} yuan</source>
        <translation>Current target: {amount} yuan</translation>
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
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Sealing certificate valid until</source>
        <translation>Sealing certificate valid until</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Certificate fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name} (this device)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
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
        <source>Cancellation Confirmation</source>
        <translation>Cancellation Confirmation</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Period ends</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>Cancelled at</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Refund amount</translation>
    </message>
    <message>
        <source>Refund reference</source>
        <translation>Refund reference</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>I, {client}, cancel my purchase of {product} ({amount}, signed at {signed}) within the {period}, which ends at {deadline}, and ask for the refund of {refund} under reference {reference}.</source>
        <translation>I, {client}, cancel my purchase of {product} ({amount}, signed at {signed}) within the {period}, which ends at {deadline}, and ask for the refund of {refund} under reference {reference}.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Original pack (SHA-256)</source>
        <translation>Original pack (SHA-256)</translation>
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
        <source>The sale</source>
        <translation>The sale</translation>
    </message>
    <message>
        <source>The cancellation</source>
        <translation>The cancellation</translation>
    </message>
    <message>
        <source>Client's statement</source>
        <translation>Client's statement</translation>
    </message>
    <message>
        <source>cooling-off period</source>
        <translation>cooling-off period</translation>
    </message>
    <message>
        <source>free-look period</source>
        <translation>free-look period</translation>
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
        <source>Submit for review</source>
        <translation>Submit for review</translation>
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
        <source>Show the cancellation confirmation</source>
        <translation>Show the cancellation confirmation</translation>
    </message>
    <message>
        <source>Cancel the sale…</source>
        <translation>Cancel the sale…</translation>
    </message>
    <message>
        <source>Satisfaction survey…</source>
        <translation>Satisfaction survey…</translation>
    </message>
    <message>
        <source>Back to the client</source>
        <translation>Back to the client</translation>
    </message>
    <message>
        <source>{name}: sale cancelled</source>
        <translation>{name}: sale cancelled</translation>
    </message>
    <message>
        <source>{name}: signed and sealed</source>
        <translation>{name}: signed and sealed</translation>
    </message>
    <message>
        <source>Not yet submitted: give the client their copy, then submit the case for review.</source>
        <translation>Not yet submitted: give the client their copy, then submit the case for review.</translation>
    </message>
    <message>
        <source>Submitted: waiting for the supervisor.</source>
        <translation>Submitted: waiting for the supervisor.</translation>
    </message>
    <message>
        <source>Approved by the supervisor.</source>
        <translation>Approved by the supervisor.</translation>
    </message>
    <message>
        <source>Returned by the supervisor: a new version of the sale was opened.</source>
        <translation>Returned by the supervisor: a new version of the sale was opened.</translation>
    </message>
    <message>
        <source>Rejected by the supervisor.</source>
        <translation>Rejected by the supervisor.</translation>
    </message>
    <message>
        <source>Cancelled by the client within the period: the sale is void.</source>
        <translation>Cancelled by the client within the period: the sale is void.</translation>
    </message>
    <message>
        <source>Signed at {time}</source>
        <translation>Signed at {time}</translation>
    </message>
    <message>
        <source>Shown: the sealed cancellation confirmation.</source>
        <translation>Shown: the sealed cancellation confirmation.</translation>
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
    <message>
        <source>Cancelled on {time}: refund {amount} yuan (ref {reference}).</source>
        <translation>Cancelled on {time}: refund {amount} yuan (ref {reference}).</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Satisfaction survey: the client declined.</source>
        <translation>Satisfaction survey: the client declined.</translation>
    </message>
    <message>
        <source>Satisfaction survey: {score} of {high}.</source>
        <translation>Satisfaction survey: {score} of {high}.</translation>
    </message>
    <message>
        <source>No contact until {time}: the client is in the cooling-off period, so the satisfaction survey waits until then.</source>
        <translation>No contact until {time}: the client is in the cooling-off period, so the satisfaction survey waits until then.</translation>
    </message>
    <message>
        <source>Show the signed pack</source>
        <translation>Show the signed pack</translation>
    </message>
    <message>
        <source>The stored confirmation does not match the hash recorded at cancellation.</source>
        <translation>The stored confirmation does not match the hash recorded at cancellation.</translation>
    </message>
    <message>
        <source>Ask {name} how satisfied they are with the sale of {product}.</source>
        <translation>Ask {name} how satisfied they are with the sale of {product}.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>The file {name} cannot be written: {reason}</source>
        <translation>The file {name} cannot be written: {reason}</translation>
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
    <name>HeadOffice</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Branch and role</source>
        <translation>Branch and role</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Last problem</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sync every</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Head-office address</source>
        <translation>Head-office address</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <source>Enroll this device</source>
        <translation>Enroll this device</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>Head office's questionnaires and rule packs are not in use (the ones in use stay): {problem}</source>
        <translation>Head office's questionnaires and rule packs are not in use (the ones in use stay): {problem}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}; {unsent} left to send, {conflicts} new conflict(s), {rejected} refused.</source>
        <translation>Sent {pushed}, received {pulled}; {unsent} left to send, {conflicts} new conflict(s), {rejected} refused.</translation>
    </message>
    <message>
        <source>A sync is already running; it sends everything.</source>
        <translation>A sync is already running; it sends everything.</translation>
    </message>
    <message>
        <source>This device is enrolled with {branch} ({role}). Head office's sealing certificate (SHA-256 {fingerprint}…, valid until {until}) now seals new documents. The first sync starts now.</source>
        <translation>This device is enrolled with {branch} ({role}). Head office's sealing certificate (SHA-256 {fingerprint}…, valid until {until}) now seals new documents. The first sync starts now.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Complaint of {who}: decision overdue since {when}</source>
        <translation>Complaint of {who}: decision overdue since {when}</translation>
    </message>
    <message>
        <source>Complaint of {who}: not acknowledged within 24 hours</source>
        <translation>Complaint of {who}: not acknowledged within 24 hours</translation>
    </message>
    <message>
        <source>Complaint of {who}: due today ({when})</source>
        <translation>Complaint of {who}: due today ({when})</translation>
    </message>
    <message>
        <source>Return visit to {who}: overdue since {when}</source>
        <translation>Return visit to {who}: overdue since {when}</translation>
    </message>
    <message>
        <source>Return visit to {who}: due by {when}</source>
        <translation>Return visit to {who}: due by {when}</translation>
    </message>
    <message>
        <source>Return visit to {who} found a problem: follow it up</source>
        <translation>Return visit to {who} found a problem: follow it up</translation>
    </message>
    <message>
        <source>{who} cases waiting for your review</source>
        <translation>{who} cases waiting for your review</translation>
    </message>
    <message>
        <source>Returned by your supervisor — {who}: {detail}</source>
        <translation>Returned by your supervisor — {who}: {detail}</translation>
    </message>
    <message>
        <source>Signed, to submit for review — {who}</source>
        <translation>Signed, to submit for review — {who}</translation>
    </message>
    <message>
        <source>Risk assessment of {who} expires on {when}</source>
        <translation>Risk assessment of {who} expires on {when}</translation>
    </message>
    <message>
        <source>{who} — {detail} — saved {when}</source>
        <translation>{who} — {detail} — saved {when}</translation>
    </message>
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
        <source>Take a complaint…</source>
        <translation>Take a complaint…</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nothing due today.</translation>
    </message>
    <message>
        <source>Clients to notify of a rating change</source>
        <translation>Clients to notify of a rating change</translation>
    </message>
    <message>
        <source>The holiday calendar has no public holidays for {who}: complaint deadlines would count them as working days. Add them in Settings → Calendar.</source>
        <translation>The holiday calendar has no public holidays for {who}: complaint deadlines would count them as working days. Add them in Settings → Calendar.</translation>
    </message>
    <message>
        <source>{who} changes have not reached head office since {when}: connect to the network and sync.</source>
        <translation>{who} changes have not reached head office since {when}: connect to the network and sync.</translation>
    </message>
    <message>
        <source>Head office refused {who} change(s): see why in Settings → Head office</source>
        <translation>Head office refused {who} change(s): see why in Settings → Head office</translation>
    </message>
    <message>
        <source>{who} sync conflict(s) to resolve: choose which value to keep</source>
        <translation>{who} sync conflict(s) to resolve: choose which value to keep</translation>
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
        <source>Clients you can see: {n}</source>
        <translation>Clients you can see: {n}</translation>
    </message>
    <message>
        <source>Your role does not work with client records.</source>
        <translation>Your role does not work with client records.</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>Enter the target as an amount of yuan.</source>
        <translation>Enter the target as an amount of yuan.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <source>At most 2 decimal places (fen).</source>
        <translation>At most 2 decimal places (fen).</translation>
    </message>
    <message>
        <source>This target is too large.</source>
        <translation>This target is too large.</translation>
    </message>
    <message>
        <source>Choose a month as YYYY-MM, e.g. 2026-03.</source>
        <translation>Choose a month as YYYY-MM, e.g. 2026-03.</translation>
    </message>
    <message>
        <source>This advisor is not an active advisor of your branch.</source>
        <translation>This advisor is not an active advisor of your branch.</translation>
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
    <message>
        <source>Warn outcome</source>
        <translation>Warn outcome</translation>
    </message>
    <message>
        <source>Recording incomplete</source>
        <translation>Recording incomplete</translation>
    </message>
    <message>
        <source>Assessment expired</source>
        <translation>Assessment expired</translation>
    </message>
    <message>
        <source>Lowest category</source>
        <translation>Lowest category</translation>
    </message>
    <message>
        <source>Affordability notice</source>
        <translation>Affordability notice</translation>
    </message>
    <message>
        <source>Co-signed</source>
        <translation>Co-signed</translation>
    </message>
    <message>
        <source>Returned to the advisor</source>
        <translation>Returned to the advisor</translation>
    </message>
    <message>
        <source>Sales against target</source>
        <translation>Sales against target</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Mismatch rate</source>
        <translation>Mismatch rate</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>Override rate</translation>
    </message>
    <message>
        <source>Elderly special-care share</source>
        <translation>Elderly special-care share</translation>
    </message>
    <message>
        <source>Assessments expiring in 30 days</source>
        <translation>Assessments expiring in 30 days</translation>
    </message>
    <message>
        <source>Complaints per 1,000 clients</source>
        <translation>Complaints per 1,000 clients</translation>
    </message>
    <message>
        <source>Complaints decided within 15 days</source>
        <translation>Complaints decided within 15 days</translation>
    </message>
    <message>
        <source>Mean satisfaction</source>
        <translation>Mean satisfaction</translation>
    </message>
    <message>
        <source>Return visits done on time</source>
        <translation>Return visits done on time</translation>
    </message>
    <message>
        <source>the event was changed after it was written</source>
        <translation>the event was changed after it was written</translation>
    </message>
    <message>
        <source>the link to the event before it is broken</source>
        <translation>the link to the event before it is broken</translation>
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
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>After the sale</source>
        <translation>After the sale</translation>
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
        <source>The complaint was taken in.</source>
        <translation>The complaint was taken in.</translation>
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
    <name>ReturnVisits</name>
    <message>
        <source>This sale is no longer in force (cancelled, returned or rejected): it gets no return visit.</source>
        <translation>This sale is no longer in force (cancelled, returned or rejected): it gets no return visit.</translation>
    </message>
    <message>
        <source>This case needs no return visit.</source>
        <translation>This case needs no return visit.</translation>
    </message>
    <message>
        <source>This case's return visit is already done.</source>
        <translation>This case's return visit is already done.</translation>
    </message>
    <message>
        <source>The selling advisor may not do the return visit: a colleague must call.</source>
        <translation>The selling advisor may not do the return visit: a colleague must call.</translation>
    </message>
    <message>
        <source>Choose the visit's outcome.</source>
        <translation>Choose the visit's outcome.</translation>
    </message>
    <message>
        <source>Not a point of the checklist: {point}.</source>
        <translation>Not a point of the checklist: {point}.</translation>
    </message>
    <message>
        <source>Not confirmed yet: “{point}”. Every point must be confirmed; otherwise record the problem.</source>
        <translation>Not confirmed yet: “{point}”. Every point must be confirmed; otherwise record the problem.</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>At most {n} characters.</translation>
    </message>
    <message>
        <source>Describe the problem the client raised.</source>
        <translation>Describe the problem the client raised.</translation>
    </message>
    <message>
        <source>Choose where the problem goes: a complaint or the supervisor.</source>
        <translation>Choose where the problem goes: a complaint or the supervisor.</translation>
    </message>
    <message>
        <source>Only a problem is escalated.</source>
        <translation>Only a problem is escalated.</translation>
    </message>
    <message>
        <source>Say what was done about the problem.</source>
        <translation>Say what was done about the problem.</translation>
    </message>
    <message>
        <source>No problem from a return visit waits for this.</source>
        <translation>No problem from a return visit waits for this.</translation>
    </message>
    <message>
        <source>This problem is already followed up.</source>
        <translation>This problem is already followed up.</translation>
    </message>
</context>
<context>
    <name>ReturnVisitsTab</name>
    <message>
        <source>Return visits</source>
        <translation>Return visits</translation>
    </message>
    <message>
        <source>Private products and sales with a warning or special care are called after any cooling-off period, by someone who did not sell them.</source>
        <translation>Private products and sales with a warning or special care are called after any cooling-off period, by someone who did not sell them.</translation>
    </message>
    <message>
        <source>Return visits to make</source>
        <translation>Return visits to make</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Sold by</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>Call by</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>Unanswered calls</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open the call</source>
        <translation>Open the call</translation>
    </message>
    <message>
        <source>Open the selected return visit</source>
        <translation>Open the selected return visit</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Refresh the return-visit queue</source>
        <translation>Refresh the return-visit queue</translation>
    </message>
    <message>
        <source>You sold this: a colleague calls</source>
        <translation>You sold this: a colleague calls</translation>
    </message>
    <message>
        <source>The selling advisor may not do the return visit.</source>
        <translation>The selling advisor may not do the return visit.</translation>
    </message>
    <message>
        <source>Return visit recorded for {name}: everything confirmed.</source>
        <translation>Return visit recorded for {name}: everything confirmed.</translation>
    </message>
    <message>
        <source>No answer from {name}: the visit stays in the queue.</source>
        <translation>No answer from {name}: the visit stays in the queue.</translation>
    </message>
    <message>
        <source>Problem recorded for {name}; a complaint was opened.</source>
        <translation>Problem recorded for {name}; a complaint was opened.</translation>
    </message>
    <message>
        <source>Problem recorded for {name}; the supervisor will follow it up.</source>
        <translation>Problem recorded for {name}; the supervisor will follow it up.</translation>
    </message>
    <message>
        <source>No contact until {time}</source>
        <translation>No contact until {time}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Only a signed case can be submitted for review.</source>
        <translation>Only a signed case can be submitted for review.</translation>
    </message>
    <message>
        <source>Choose a queue.</source>
        <translation>Choose a queue.</translation>
    </message>
    <message>
        <source>This case is not waiting for review (it is {state}).</source>
        <translation>This case is not waiting for review (it is {state}).</translation>
    </message>
    <message>
        <source>This is your own sale: another supervisor must review it.</source>
        <translation>This is your own sale: another supervisor must review it.</translation>
    </message>
    <message>
        <source>This case has a warning or special-care flag: co-sign it before approving.</source>
        <translation>This case has a warning or special-care flag: co-sign it before approving.</translation>
    </message>
    <message>
        <source>This case is already co-signed.</source>
        <translation>This case is already co-signed.</translation>
    </message>
    <message>
        <source>This case needs no co-sign.</source>
        <translation>This case needs no co-sign.</translation>
    </message>
    <message>
        <source>Give the reason for rejecting the case.</source>
        <translation>Give the reason for rejecting the case.</translation>
    </message>
    <message>
        <source>Tell the advisor what to correct.</source>
        <translation>Tell the advisor what to correct.</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Supervisor's co-sign</source>
        <translation>Supervisor's co-sign</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>Co-sign</translation>
    </message>
    <message>
        <source>Co-sign the case</source>
        <translation>Co-sign the case</translation>
    </message>
    <message>
        <source>Comment (required to return or reject)</source>
        <translation>Comment (required to return or reject)</translation>
    </message>
    <message>
        <source>Comment for the advisor</source>
        <translation>Comment for the advisor</translation>
    </message>
    <message>
        <source>What the advisor should correct, or why the case is rejected</source>
        <translation>What the advisor should correct, or why the case is rejected</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve the case</source>
        <translation>Approve the case</translation>
    </message>
    <message>
        <source>Return to advisor</source>
        <translation>Return to advisor</translation>
    </message>
    <message>
        <source>Return the case to the advisor</source>
        <translation>Return the case to the advisor</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Reject the case</source>
        <translation>Reject the case</translation>
    </message>
    <message>
        <source>Co-sign first</source>
        <translation>Co-sign first</translation>
    </message>
    <message>
        <source>This case is {state}: no decision is open.</source>
        <translation>This case is {state}: no decision is open.</translation>
    </message>
    <message>
        <source>Approval needs your co-sign first: this case has a warning or special-care flag. Sign on the pad and press Co-sign.</source>
        <translation>Approval needs your co-sign first: this case has a warning or special-care flag. Sign on the pad and press Co-sign.</translation>
    </message>
    <message>
        <source>Co-signed. You may approve, return or reject the case.</source>
        <translation>Co-signed. You may approve, return or reject the case.</translation>
    </message>
    <message>
        <source>Approve the case, return it to the advisor, or reject it.</source>
        <translation>Approve the case, return it to the advisor, or reject it.</translation>
    </message>
    <message>
        <source>Co-signed.</source>
        <translation>Co-signed.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <source>Returned: the advisor finds the new version on their home screen.</source>
        <translation>Returned: the advisor finds the new version on their home screen.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Rejected.</translation>
    </message>
    <message>
        <source>← Back to the queue</source>
        <translation>← Back to the queue</translation>
    </message>
    <message>
        <source>Back to the review queue</source>
        <translation>Back to the review queue</translation>
    </message>
    <message>
        <source>Review flags</source>
        <translation>Review flags</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <source>ID {id} · Advisor {advisor} · Amount {amount} yuan · {state}</source>
        <translation>ID {id} · Advisor {advisor} · Amount {amount} yuan · {state}</translation>
    </message>
    <message>
        <source>Started {created} · Signed {signed} · Submitted {submitted}</source>
        <translation>Started {created} · Signed {signed} · Submitted {submitted}</translation>
    </message>
    <message>
        <source> · Decided {time}</source>
        <translation> · Decided {time}</translation>
    </message>
    <message>
        <source>Case {case_id}</source>
        <translation>Case {case_id}</translation>
    </message>
    <message>
        <source>New version: supersedes the returned case {case_id}</source>
        <translation>New version: supersedes the returned case {case_id}</translation>
    </message>
    <message>
        <source>Approve the case of {client}? The decision is final.</source>
        <translation>Approve the case of {client}? The decision is final.</translation>
    </message>
    <message>
        <source>Return the case of {client} to {advisor}? A new version opens for them to redo; this one ends as returned.</source>
        <translation>Return the case of {client} to {advisor}? A new version opens for them to redo; this one ends as returned.</translation>
    </message>
    <message>
        <source>Reject the case of {client}? The decision is final.</source>
        <translation>Reject the case of {client}? The decision is final.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No flags</source>
        <translation>No flags</translation>
    </message>
    <message>
        <source>Seal verification result</source>
        <translation>Seal verification result</translation>
    </message>
    <message>
        <source>Preview of the sealed PDF</source>
        <translation>Preview of the sealed PDF</translation>
    </message>
    <message>
        <source>This case has no sealed PDF.</source>
        <translation>This case has no sealed PDF.</translation>
    </message>
    <message>
        <source>File: {name} ({kb} KB)</source>
        <translation>File: {name} ({kb} KB)</translation>
    </message>
    <message>
        <source>SHA-256 recorded at signing: {digest}</source>
        <translation>SHA-256 recorded at signing: {digest}</translation>
    </message>
    <message>
        <source>Verifying the seal…</source>
        <translation>Verifying the seal…</translation>
    </message>
    <message>
        <source>Seal valid: sealed by {signer} at {time}; the document is unchanged.</source>
        <translation>Seal valid: sealed by {signer} at {time}; the document is unchanged.</translation>
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
        <source>Hand-copied sentence</source>
        <translation>Hand-copied sentence</translation>
    </message>
    <message>
        <source>Special risk warning</source>
        <translation>Special risk warning</translation>
    </message>
    <message>
        <source>Investment confirmation</source>
        <translation>Investment confirmation</translation>
    </message>
    <message>
        <source>Purchase on the client's own initiative</source>
        <translation>Purchase on the client's own initiative</translation>
    </message>
    <message>
        <source>Elderly special care</source>
        <translation>Elderly special care</translation>
    </message>
    <message>
        <source>Qualified investor commitment</source>
        <translation>Qualified investor commitment</translation>
    </message>
    <message>
        <source>Concentration explained</source>
        <translation>Concentration explained</translation>
    </message>
    <message>
        <source>Premium affordability explained</source>
        <translation>Premium affordability explained</translation>
    </message>
    <message>
        <source>Audio and video recording (双录)</source>
        <translation>Audio and video recording (双录)</translation>
    </message>
    <message>
        <source>Case started</source>
        <translation>Case started</translation>
    </message>
    <message>
        <source>Onboarding confirmed</source>
        <translation>Onboarding confirmed</translation>
    </message>
    <message>
        <source>Risk assessment submitted</source>
        <translation>Risk assessment submitted</translation>
    </message>
    <message>
        <source>Assessment used for the case</source>
        <translation>Assessment used for the case</translation>
    </message>
    <message>
        <source>Product matched</source>
        <translation>Product matched</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>Disclosure recorded</translation>
    </message>
    <message>
        <source>Signed and sealed</source>
        <translation>Signed and sealed</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <source>Co-signed by the supervisor</source>
        <translation>Co-signed by the supervisor</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned to the advisor</source>
        <translation>Returned to the advisor</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Case record</source>
        <translation>Case record</translation>
    </message>
    <message>
        <source>Client and sale</source>
        <translation>Client and sale</translation>
    </message>
    <message>
        <source>Matching decision</source>
        <translation>Matching decision</translation>
    </message>
    <message>
        <source>Documents shown</source>
        <translation>Documents shown</translation>
    </message>
    <message>
        <source>Attestations</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation>Decisions so far</translation>
    </message>
    <message>
        <source>Audit trail of the case</source>
        <translation>Audit trail of the case</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Audit chain verification</source>
        <translation>Audit chain verification</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Sealed PDF</source>
        <translation>Sealed PDF</translation>
    </message>
    <message>
        <source>Decisions and audit trail</source>
        <translation>Decisions and audit trail</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <source>Version {version} · read for {seconds} s · to the end: {end} · risks acknowledged {acknowledged} / {total}</source>
        <translation>Version {version} · read for {seconds} s · to the end: {end} · risks acknowledged {acknowledged} / {total}</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>{name}, signed at {time}</source>
        <translation>{name}, signed at {time}</translation>
    </message>
    <message>
        <source>Signature ink</source>
        <translation>Signature ink</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name} at {time}</translation>
    </message>
    <message>
        <source>Co-sign ink</source>
        <translation>Co-sign ink</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Civil capacity</source>
        <translation>Civil capacity</translation>
    </message>
    <message>
        <source>Investor class</source>
        <translation>Investor class</translation>
    </message>
    <message>
        <source>Financial assets (yuan)</source>
        <translation>Financial assets (yuan)</translation>
    </message>
    <message>
        <source>Annual income (yuan)</source>
        <translation>Annual income (yuan)</translation>
    </message>
    <message>
        <source>Investment experience (years)</source>
        <translation>Investment experience (years)</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Annual premium (yuan)</source>
        <translation>Annual premium (yuan)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Lowest category</source>
        <translation>Lowest category</translation>
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
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire hash</source>
        <translation>Questionnaire hash</translation>
    </message>
    <message>
        <source>Answers hash</source>
        <translation>Answers hash</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Effective product risk</source>
        <translation>Effective product risk</translation>
    </message>
    <message>
        <source>Client's own initiative</source>
        <translation>Client's own initiative</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>None: every rule passed</source>
        <translation>None: every rule passed</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Requires</translation>
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
        <source>Rule pack hash</source>
        <translation>Rule pack hash</translation>
    </message>
    <message>
        <source>Recorded at {time}</source>
        <translation>Recorded at {time}</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>Reference: {ref}</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
    <message>
        <source>Advisor attests: {v}</source>
        <translation>Advisor attests: {v}</translation>
    </message>
    <message>
        <source>Client reconfirmed: {v}</source>
        <translation>Client reconfirmed: {v}</translation>
    </message>
    <message>
        <source>Hand-copied ink</source>
        <translation>Hand-copied ink</translation>
    </message>
    <message>
        <source>Chain intact — {n} events verified from genesis.</source>
        <translation>Chain intact — {n} events verified from genesis.</translation>
    </message>
    <message>
        <source>Chain BROKEN at event {seq}: {problem}</source>
        <translation>Chain BROKEN at event {seq}: {problem}</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Verifying the audit chain…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Case {case_id}</source>
        <translation>Case {case_id}</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
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
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>Any flag</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>All advisors</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <source>Client name, last 4 ID characters, product code or case id</source>
        <translation>Client name, last 4 ID characters, product code or case id</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Open the selected case</translation>
    </message>
    <message>
        <source>Cases in the queue</source>
        <translation>Cases in the queue</translation>
    </message>
    <message>
        <source>Cases shown</source>
        <translation>Cases shown</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation>Flag:</translation>
    </message>
    <message>
        <source>Advisor:</source>
        <translation>Advisor:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>{n}+</source>
        <translation>{n}+</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} of {total}</translation>
    </message>
    <message>
        <source>0 of 0</source>
        <translation>0 of 0</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>No case matches these filters.</translation>
    </message>
    <message>
        <source>No cases in this queue.</source>
        <translation>No cases in this queue.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>After the sale</source>
        <translation>After the sale</translation>
    </message>
    <message>
        <source>After-sale work</source>
        <translation>After-sale work</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>Return visits</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Return-visit problems</source>
        <translation>Return-visit problems</translation>
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
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Calendar (holidays)</source>
        <translation>Calendar (holidays)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
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
    <name>SurveyDialog</name>
    <message>
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>How satisfied is the client? ({low} = very dissatisfied, {high} = very satisfied)</source>
        <translation>How satisfied is the client? ({low} = very dissatisfied, {high} = very satisfied)</translation>
    </message>
    <message>
        <source>Score {n}</source>
        <translation>Score {n}</translation>
    </message>
    <message>
        <source>The client declined to answer</source>
        <translation>The client declined to answer</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Record the survey</source>
        <translation>Record the survey</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a score from {low} to {high}, or tick that the client declined.</source>
        <translation>Choose a score from {low} to {high}, or tick that the client declined.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Head office cannot be reached; your data stays on this device and is sent later.</source>
        <translation>Head office cannot be reached; your data stays on this device and is sent later.</translation>
    </message>
    <message>
        <source>Head office had a problem; your data stays on this device and is sent later.</source>
        <translation>Head office had a problem; your data stays on this device and is sent later.</translation>
    </message>
    <message>
        <source>Head office revoked this device. Nothing more is sent; unsent data stays here.</source>
        <translation>Head office revoked this device. Nothing more is sent; unsent data stays here.</translation>
    </message>
    <message>
        <source>Head office no longer accepts this device's token: enroll it again.</source>
        <translation>Head office no longer accepts this device's token: enroll it again.</translation>
    </message>
    <message>
        <source>Update the app: head office no longer accepts this version.</source>
        <translation>Update the app: head office no longer accepts this version.</translation>
    </message>
    <message>
        <source>The enrollment code is wrong, already used or expired.</source>
        <translation>The enrollment code is wrong, already used or expired.</translation>
    </message>
    <message>
        <source>Head office refused: {reason}</source>
        <translation>Head office refused: {reason}</translation>
    </message>
    <message>
        <source>Enter the head-office address, like https://sync.example.com.</source>
        <translation>Enter the head-office address, like https://sync.example.com.</translation>
    </message>
    <message>
        <source>Enter the enrollment code from head office.</source>
        <translation>Enter the enrollment code from head office.</translation>
    </message>
    <message>
        <source>A sync is running; enroll when it has finished.</source>
        <translation>A sync is running; enroll when it has finished.</translation>
    </message>
    <message>
        <source>Head office sent an unusable certificate; try again.</source>
        <translation>Head office sent an unusable certificate; try again.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <source>This device is not enrolled with head office yet.</source>
        <translation>This device is not enrolled with head office yet.</translation>
    </message>
    <message>
        <source>This refused change is no longer on the list.</source>
        <translation>This refused change is no longer on the list.</translation>
    </message>
    <message>
        <source>Choose mine, theirs or edit.</source>
        <translation>Choose mine, theirs or edit.</translation>
    </message>
    <message>
        <source>With this value, another field would be wrong: {problem}</source>
        <translation>With this value, another field would be wrong: {problem}</translation>
    </message>
    <message>
        <source>This conflict does not exist or is not yours.</source>
        <translation>This conflict does not exist or is not yours.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>This conflict was already resolved.</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer here.</source>
        <translation>The record of this conflict is no longer here.</translation>
    </message>
    <message>
        <source>Keep one of the two values for this field.</source>
        <translation>Keep one of the two values for this field.</translation>
    </message>
    <message>
        <source>This value does not fit the field.</source>
        <translation>This value does not fit the field.</translation>
    </message>
</context>
<context>
    <name>SyncAttention</name>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Head office's reason</source>
        <translation>Head office's reason</translation>
    </message>
    <message>
        <source>Changes head office refused</source>
        <translation>Changes head office refused</translation>
    </message>
    <message>
        <source>Dealt with: remove from the list</source>
        <translation>Dealt with: remove from the list</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Conflicts to resolve: {n}</source>
        <translation>Conflicts to resolve: {n}</translation>
    </message>
    <message>
        <source>Changes head office refused: {n}</source>
        <translation>Changes head office refused: {n}</translation>
    </message>
    <message>
        <source>Remove this refused change from the list? Head office keeps its own record; make the change again if it is still needed.</source>
        <translation>Remove this refused change from the list? Head office keeps its own record; make the change again if it is still needed.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Not connected to head office</source>
        <translation>Not connected to head office</translation>
    </message>
    <message>
        <source>Revoked by head office</source>
        <translation>Revoked by head office</translation>
    </message>
    <message>
        <source>Update the app to sync</source>
        <translation>Update the app to sync</translation>
    </message>
    <message>
        <source>Enrolled · not synced yet</source>
        <translation>Enrolled · not synced yet</translation>
    </message>
    <message>
        <source>Offline · last sync {when}</source>
        <translation>Offline · last sync {when}</translation>
    </message>
    <message>
        <source>Sync failed · last sync {when}</source>
        <translation>Sync failed · last sync {when}</translation>
    </message>
    <message>
        <source>Online · last sync {when}</source>
        <translation>Online · last sync {when}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Head office: {url} ({branch})</source>
        <translation>Head office: {url} ({branch})</translation>
    </message>
    <message>
        <source>Last problem: {message}</source>
        <translation>Last problem: {message}</translation>
    </message>
    <message>
        <source>Changes not sent to head office yet: {n}</source>
        <translation>Changes not sent to head office yet: {n}</translation>
    </message>
    <message>
        <source>{refused} refused by head office, {conflicts} conflict(s) to resolve</source>
        <translation>{refused} refused by head office, {conflicts} conflict(s) to resolve</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Risk assessment</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>Calendar day</translation>
    </message>
    <message>
        <source>Sales case</source>
        <translation>Sales case</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>Signed document</translation>
    </message>
    <message>
        <source>Suitability match</source>
        <translation>Suitability match</translation>
    </message>
    <message>
        <source>Supervisor's decision</source>
        <translation>Supervisor's decision</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Complaint step</source>
        <translation>Complaint step</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Disclosure record</source>
        <translation>Disclosure record</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Rating-change notice</source>
        <translation>Rating-change notice</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>Sales target</source>
        <translation>Sales target</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Return-visit follow-up</source>
        <translation>Return-visit follow-up</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>A signed record was sent again with different content; head office keeps the first one.</source>
        <translation>A signed record was sent again with different content; head office keeps the first one.</translation>
    </message>
    <message>
        <source>The same change was sent twice with different content.</source>
        <translation>The same change was sent twice with different content.</translation>
    </message>
    <message>
        <source>The change was damaged on the way.</source>
        <translation>The change was damaged on the way.</translation>
    </message>
    <message>
        <source>Only head office changes this kind of record.</source>
        <translation>Only head office changes this kind of record.</translation>
    </message>
    <message>
        <source>The PDF this record refers to did not reach head office.</source>
        <translation>The PDF this record refers to did not reach head office.</translation>
    </message>
    <message>
        <source>Head office does not have the record this change edits.</source>
        <translation>Head office does not have the record this change edits.</translation>
    </message>
    <message>
        <source>Head office deleted this record.</source>
        <translation>Head office deleted this record.</translation>
    </message>
    <message>
        <source>Head office does not know this kind of change (update head office).</source>
        <translation>Head office does not know this kind of change (update head office).</translation>
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
    <message>
        <source>You cannot change your own role.</source>
        <translation>You cannot change your own role.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>At least one active administrator must remain.</translation>
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
        <source>Role of {user}</source>
        <translation>Role of {user}</translation>
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
        <source>Change role…</source>
        <translation>Change role…</translation>
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
<context>
    <name>VisitFollowUps</name>
    <message>
        <source>Problems found on return visits</source>
        <translation>Problems found on return visits</translation>
    </message>
    <message>
        <source>Problems to follow up</source>
        <translation>Problems to follow up</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Sold by</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>Called by</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <source>What was done about the problem, and with whom</source>
        <translation>What was done about the problem, and with whom</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Save the follow-up</source>
        <translation>Save the follow-up</translation>
    </message>
    <message>
        <source>Save the follow-up of the selected problem</source>
        <translation>Save the follow-up of the selected problem</translation>
    </message>
    <message>
        <source>Choose a problem to see what the client said.</source>
        <translation>Choose a problem to see what the client said.</translation>
    </message>
    <message>
        <source>The client said: {notes}</source>
        <translation>The client said: {notes}</translation>
    </message>
    <message>
        <source>Follow-up saved for {name}.</source>
        <translation>Follow-up saved for {name}.</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>← Back to the queue</source>
        <translation>← Back to the queue</translation>
    </message>
    <message>
        <source>Back to the return-visit queue</source>
        <translation>Back to the return-visit queue</translation>
    </message>
    <message>
        <source>Ask each point; tick what the client confirms</source>
        <translation>Ask each point; tick what the client confirms</translation>
    </message>
    <message>
        <source>Notes of the call</source>
        <translation>Notes of the call</translation>
    </message>
    <message>
        <source>What the client said; required when a problem is found</source>
        <translation>What the client said; required when a problem is found</translation>
    </message>
    <message>
        <source>Where a problem goes</source>
        <translation>Where a problem goes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Open a complaint</source>
        <translation>Open a complaint</translation>
    </message>
    <message>
        <source>Refer to the supervisor</source>
        <translation>Refer to the supervisor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>If a problem is found</source>
        <translation>If a problem is found</translation>
    </message>
    <message>
        <source>Client confirmed every point</source>
        <translation>Client confirmed every point</translation>
    </message>
    <message>
        <source>Record: the client confirmed every point</source>
        <translation>Record: the client confirmed every point</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problem found</translation>
    </message>
    <message>
        <source>Record: a problem was found</source>
        <translation>Record: a problem was found</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Record: the client could not be reached</source>
        <translation>Record: the client could not be reached</translation>
    </message>
    <message>
        <source>Return visit: {name}</source>
        <translation>Return visit: {name}</translation>
    </message>
    <message>
        <source>cooling-off until {time}</source>
        <translation>cooling-off until {time}</translation>
    </message>
    <message>
        <source>free look until {time}</source>
        <translation>free look until {time}</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Cancellation periods</source>
        <translation>Cancellation periods</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Risk match</source>
        <translation>Risk match</translation>
    </message>
    <message>
        <source>{outcome} (product {risk}, client {level})</source>
        <translation>{outcome} (product {risk}, client {level})</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Sold by</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>Call by</translation>
    </message>
    <message>
        <source>{day} ({status})</source>
        <translation>{day} ({status})</translation>
    </message>
    <message>
        <source>Earlier calls unanswered</source>
        <translation>Earlier calls unanswered</translation>
    </message>
</context>
</TS>