import type { PenaltySchedule } from '../../protocol';

/**
 * The schedule a fresh server is seeded with, transcribed from the public sources in
 * shared/context/DOMAIN.md. Supervisors edit it as a new version; logic never reads these
 * numbers from anywhere but a PenaltySchedule.
 */
export const DEFAULT_PENALTY_SCHEDULE: PenaltySchedule = {
  version: 1,
  effectiveFrom: '2023-07-31',
  baseDailyWageRiel: 80_000,
  baseDailyWageProvenance: {
    reference:
      'Joint Prakas 498 (31 Jul 2023): base daily wage KHR 80,000 for Labour Law penalties (previously KHR 40,000). ' +
      'Applicability to NSSF fund fines is to be confirmed.',
    sourced: true,
    citation: 'Joint Prakas 498 (31 Jul 2023)',
  },
  breaches: [
    {
      code: 'unregistered_worker',
      labelEn: 'Workers not registered with the NSSF',
      labelKm: 'មិនបានចុះបញ្ជីកម្មករ',
      multiplierMin: 10,
      multiplierMax: 30,
      defaultMultiplier: 10,
      provenance: {
        reference:
          'Prakas 168/22 (5 Jul 2022): failure to register the enterprise or employees, 10 to 30 × base daily wage × employees concerned.',
        sourced: true,
        citation: 'Prakas 168/22 (5 Jul 2022)',
      },
    },
    {
      code: 'unpaid_contribution',
      labelEn: 'Contributions not paid',
      labelKm: 'មិនបានបង់ភាគទាន',
      multiplierMin: 10,
      multiplierMax: 30,
      defaultMultiplier: 10,
      provenance: {
        reference:
          'Prakas 168/22 (5 Jul 2022): sources apply the same per-worker fine (10 to 30 × base daily wage) to unpaid contributions.',
        sourced: true,
        citation: 'Prakas 168/22 (5 Jul 2022)',
      },
    },
    {
      code: 'late_payment',
      labelEn: 'Contributions paid late',
      labelKm: 'បង់ភាគទានយឺតយ៉ាវ',
      multiplierMin: 0,
      multiplierMax: 0,
      defaultMultiplier: 0,
      provenance: {
        reference:
          'Not found in public sources (no late-payment surcharge in Prakas 168/22 or the 2019 Law on Social Security Schemes NS/RKM/1119/018): to be entered by a supervisor.',
        sourced: false,
      },
    },
  ],
  contributionRates: [
    {
      scheme: 'occupational_risk',
      ratePercent: 0.8,
      paidBy: 'employer',
      wageFloorRiel: 200_000,
      wageCeilingRiel: 1_200_000,
      validFrom: null,
      validTo: null,
      exemptFromAge: null,
      provenance: { reference: "NSSF contribution page; Acclime: 0.8 % employer, wage bands KHR 200,000 – 1,200,000.", sourced: true, citation: 'NSSF published contribution rates (occupational risk)' },
    },
    {
      scheme: 'health_care',
      ratePercent: 2.6,
      paidBy: 'employer',
      wageFloorRiel: null,
      wageCeilingRiel: 1_200_000,
      validFrom: null,
      validTo: null,
      exemptFromAge: null,
      provenance: {
        reference:
          'NSSF contribution page; Towers Watson 2017: 2.6 % (formally 1.3 % + 1.3 %, paid by the employer since 2018), cap KHR 1,200,000 (older sources: 1,000,000).',
        sourced: true,
        citation: 'NSSF published contribution rates (health care)',
      },
    },
    {
      scheme: 'pension',
      ratePercent: 4,
      paidBy: 'both',
      wageFloorRiel: 400_000,
      wageCeilingRiel: 1_200_000,
      // No pension scheme before 1 Oct 2022: nothing is owed to it for earlier months.
      validFrom: '2022-10-01',
      // Open-ended here; the step to 8 % for years 6-10 (from 1 Oct 2027) is to be published as a new schedule version.
      validTo: null,
      exemptFromAge: 60,
      provenance: {
        reference:
          'Sub-Decree 144 (19 Aug 2021): 4 % (2 % employer + 2 % worker) from 1 Oct 2022 for years 1-5, wage KHR 400,000 – 1,200,000; workers aged 60+ exempt. ' +
          'Years 6-10 (from 1 Oct 2027): 8 %, to be entered as a new schedule version.',
        sourced: true,
        citation: 'Sub-Decree 144 (19 Aug 2021)',
      },
    },
  ],
  payment: {
    dueDayOfFollowingMonth: {
      value: 15,
      provenance: { reference: 'Prakas 168/22 (5 Jul 2022): contributions due monthly, by the 15th of the following month.', sourced: true, citation: 'Prakas 168/22 (5 Jul 2022)' },
    },
    lateSurchargePercentPerMonth: {
      value: 0,
      provenance: {
        reference:
          'Not found in public sources (no late-payment surcharge or interest in Prakas 168/22 or the 2019 Law on Social Security Schemes NS/RKM/1119/018): to be entered by a supervisor.',
        sourced: false,
      },
    },
    paymentDeadlineDays: {
      value: 15,
      provenance: { reference: 'Not found in public sources; default pending supervisor confirmation.', sourced: false },
    },
    contestDays: {
      value: 30,
      provenance: { reference: 'Not found in public sources; default pending supervisor confirmation.', sourced: false },
    },
  },
};
