-- Shared quotas per account (a hash of the API key) and model, for every instance using the account.
-- Rate: the earliest time the next call may start; taking a start moves it on by the quota's spacing in one
-- statement (a reservation on the database's clock, so the instances' clocks do not matter), and a provider's
-- refusal (HTTP 429) pushes it to the end of the back-off.
CREATE TABLE filmgen_quota_rate (
    account     varchar(64)  NOT NULL,
    model       varchar(200) NOT NULL,
    next_start  timestamptz  NOT NULL,
    PRIMARY KEY (account, model)
);

-- In flight: one row per slot; a call holds a slot as a lease renewed while it runs, so the slot of an instance
-- that died comes back when its lease runs out.
CREATE TABLE filmgen_quota_slot (
    account      varchar(64)  NOT NULL,
    model        varchar(200) NOT NULL,
    slot         int          NOT NULL,
    holder       varchar(250),
    lease_until  timestamptz,
    PRIMARY KEY (account, model, slot)
);
