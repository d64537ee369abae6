-- The third party's last day while its view is awaited (政府信息公开条例 第三十二条: 15 working days
-- from receiving the letter), kept with the queue keys of migration 012. The day after it, the count
-- resumes: the queue derives in SQL that the case is no longer waiting on the third party. The open
-- cases' covering index gains the column, so that the status counts still read the index alone.
ALTER TABLE cases ADD COLUMN queue_consultation_due date;

DROP INDEX cases_queue_open;
CREATE INDEX cases_queue_open ON cases (queue_status, queue_step, queue_correction_due, queue_consultation_due, queue_due_date, department, kind, channel)
  WHERE queue_step IS DISTINCT FROM 'done';
