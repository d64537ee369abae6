-- Messages by WeChat subscription message or SMS (or the development outbox when neither is
-- configured): the resident's news of their case, the staff's supervision reminders. Each is written
-- in the transaction of the event it tells about and sent afterwards by the delivery worker
-- (server/deliveries), so a crash or a restart loses none and a provider's failure is tried again.
-- The recipient is an account, looked up when sending: no phone number or openid is copied here, and
-- a closed account or a disabled staff member is sent nothing.
CREATE TABLE deliveries (
  id serial PRIMARY KEY,
  account_id integer REFERENCES accounts (id),
  staff_id integer REFERENCES staff_accounts (id),
  tracking_no text NOT NULL,
  text text NOT NULL,
  -- The instant of the event, shown in the message.
  at timestamptz NOT NULL,
  -- pending: waits for next_attempt_at; sending: claimed by a worker until next_attempt_at, when it is
  -- due again (that worker died); sent; failed: given up, permanently refused or out of attempts.
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  -- The last failure's kind (a DeliveryFailure, or recipient_gone) and the provider's codes, for the operator.
  failure text,
  failure_detail text,
  sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((account_id IS NULL) <> (staff_id IS NULL))
);

-- The worker's claim reads only what is still to send, oldest due first.
CREATE INDEX deliveries_due ON deliveries (next_attempt_at, id) WHERE state IN ('pending', 'sending');
CREATE INDEX deliveries_account ON deliveries (account_id) WHERE account_id IS NOT NULL;
