#pragma once

// The SQL of each schema step, one file per step (core/storage/migrations/NNN_Name.cpp).
namespace forlop::migrations {

extern const char* const Foundation;    // 1: clinic, settings, users, audit trail
extern const char* const Access;        // 2: patient blocks, emergency access
extern const char* const Pathway;       // 3: patients, referrals, eligibility, package, plan, sessions, notes, duties
extern const char* const Scheduling;    // 4: rooms, working hours, appointments, weekly series
extern const char* const Reports;       // 5: registry keys for the KvaSO export, indexes for period reports
extern const char* const PatientSearch; // 6: search terms (name words, phone digits) for the desk's search
extern const char* const AuditReview;   // 7: the log review's flagged rows (emergency and refused accesses)
extern const char* const DeliveredSessions; // 8: attended sessions per clinician and time, counted from an index

} // namespace forlop::migrations
