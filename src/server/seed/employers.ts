import type { Employer } from '../../protocol';

/** How an employer has behaved with the fund; drives its contribution history. */
export type PaymentHabit = 'on_time' | 'pays_one_misses_one' | 'short_pays' | 'late';

export interface EmployerProfile {
  employer: Employer;
  workerIdPrefix: string;
  workers: number;
  femaleShare: number;
  /** Monthly wage bands in riel: [share of workers, min, max]. */
  wageBands: Array<[number, number, number]>;
  /** Ages at hire are drawn from this range, then hire dates fall after the opening date. */
  ageRange: [number, number];
  openedOn: string;
  habit: PaymentHabit;
}

/**
 * Garment: minimum wage USD 208 (2025) ≈ KHR 852,800 at 4,100 riel per dollar; most of the
 * line is at or just above it. Construction and hotels pay by trade; figures are plausible
 * round numbers for a demo, not survey data.
 */
const GARMENT_WAGES: Array<[number, number, number]> = [[0.72, 852_800, 950_000], [0.24, 950_000, 1_300_000], [0.04, 1_300_000, 2_600_000]];

export const EMPLOYER_PROFILES: EmployerProfile[] = [
  {
    employer: {
      id: 'emp-golden-thread', nssfEmployerNumber: '12-0004817', name: 'Golden Thread Garment Co., Ltd.',
      nameKh: 'រោងចក្រកាត់ដេរ ខ្សែមាស', sector: 'garment',
      address: 'National Road 4, Sangkat Chaom Chau, Khan Pou Senchey', province: 'Phnom Penh',
    },
    workerIdPrefix: 'GT', workers: 3012, femaleShare: 0.86, wageBands: GARMENT_WAGES, ageRange: [18, 45],
    openedOn: '2016-03-01', habit: 'on_time',
  },
  {
    employer: {
      id: 'emp-mekong-apparel', nssfEmployerNumber: '08-0011562', name: 'Mekong Apparel Manufacturing Ltd.',
      nameKh: 'រោងចក្រកាត់ដេរ មេគង្គ', sector: 'garment',
      address: 'National Road 2, Sangkat Prek Ruessey, Krong Ta Khmau', province: 'Kandal',
    },
    workerIdPrefix: 'MA', workers: 864, femaleShare: 0.83, wageBands: GARMENT_WAGES, ageRange: [18, 42],
    openedOn: '2019-08-15', habit: 'pays_one_misses_one',
  },
  {
    employer: {
      id: 'emp-angkor-build', nssfEmployerNumber: '12-0020931', name: 'Angkor Build Construction Co., Ltd.',
      nameKh: 'ក្រុមហ៊ុនសំណង់ អង្គរប៊ីល', sector: 'construction',
      address: 'Street 369, Sangkat Chbar Ampov Muoy, Khan Chbar Ampov', province: 'Phnom Penh',
    },
    workerIdPrefix: 'AB', workers: 238, femaleShare: 0.14,
    wageBands: [[0.6, 1_000_000, 1_400_000], [0.3, 1_400_000, 1_900_000], [0.1, 1_900_000, 3_200_000]],
    ageRange: [18, 50], openedOn: '2018-01-10', habit: 'short_pays',
  },
  {
    employer: {
      id: 'emp-phnom-aural', nssfEmployerNumber: '05-0003374', name: 'Phnom Aural Brick & Construction',
      nameKh: 'សហគ្រាសឥដ្ឋ និងសំណង់ ភ្នំឱរ៉ាល់', sector: 'construction',
      address: 'National Road 4, Khum Kandaol Dom, Srok Kong Pisei', province: 'Kampong Speu',
    },
    workerIdPrefix: 'PA', workers: 117, femaleShare: 0.22,
    wageBands: [[0.75, 900_000, 1_250_000], [0.25, 1_250_000, 1_800_000]],
    ageRange: [18, 50], openedOn: '2021-04-01', habit: 'late',
  },
  {
    employer: {
      id: 'emp-lotus-hotel', nssfEmployerNumber: '12-0031208', name: 'Lotus Riverside Boutique Hotel',
      nameKh: 'សណ្ឋាគារ ផ្កាឈូក មាត់ទន្លេ', sector: 'hospitality',
      address: 'Preah Sisowath Quay, Sangkat Chey Chumneas, Khan Daun Penh', province: 'Phnom Penh',
    },
    workerIdPrefix: 'LR', workers: 41, femaleShare: 0.55,
    wageBands: [[0.7, 720_000, 1_000_000], [0.25, 1_000_000, 1_600_000], [0.05, 1_600_000, 3_000_000]],
    ageRange: [18, 45], openedOn: '2022-11-01', habit: 'on_time',
  },
];
