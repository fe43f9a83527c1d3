// The one place finding codes and their diagnosis rules are registered. A new skill adds its
// finding-codes file to `findingCatalogue` and, for a new code prefix, its rules file to `diagnosisRules`.
import { createFindingCatalogue } from '../core/finding-catalogue';
import { storefrontFindingCodes } from '../fixtures/storefront-finding-codes';
import { headlessProbeFindingCodes } from '../skills/headless-probe/finding-codes';
import { pixelAuditorFindingCodes } from '../skills/pixel-auditor/finding-codes';
import { visualAuditorFindingCodes } from '../skills/visual-auditor/finding-codes';
import { shopifyDoctorFindingCodes } from '../skills/shopify-doctor/finding-codes';
import { storefrontVitalsFindingCodes } from '../skills/storefront-vitals/finding-codes';
import { reporterFindingCodes } from './reporter-finding-codes';
import { cartRules } from './diagnosis/rules/cart';
import { checkoutRules } from './diagnosis/rules/checkout';
import { doctorRules } from './diagnosis/rules/doctor';
import { vitalsRules } from './diagnosis/rules/vitals';
import { pageRules } from './diagnosis/rules/page';
import { pixelRules } from './diagnosis/rules/pixel';
import { productRules } from './diagnosis/rules/product';
import type { DiagnosisRule } from './diagnosis/rules/rule-types';
import { shopperRules } from './diagnosis/rules/shopper';
import { skillRules } from './diagnosis/rules/skill';
import { storeRules } from './diagnosis/rules/store';
import { visualRules } from './diagnosis/rules/visual';

/** Every code any owner raises, each with one owner. */
export const findingCatalogue = createFindingCatalogue([storefrontFindingCodes, headlessProbeFindingCodes, pixelAuditorFindingCodes, shopifyDoctorFindingCodes, storefrontVitalsFindingCodes, visualAuditorFindingCodes, reporterFindingCodes]);

/** Diagnosis rules, one file per code prefix; within a code, table order is priority order among evidence patterns. */
export const diagnosisRules: readonly DiagnosisRule[] = [...storeRules, ...pageRules, ...productRules, ...shopperRules, ...cartRules, ...checkoutRules, ...pixelRules, ...doctorRules, ...vitalsRules, ...visualRules, ...skillRules];
