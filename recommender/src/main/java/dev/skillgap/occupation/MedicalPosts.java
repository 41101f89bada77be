package dev.skillgap.occupation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Whether a job title is a medical doctor's post, which ESCO files under two occupations only:
 * <em>general practitioner</em> and <em>specialised doctor</em> (ISCO 2212), with no label for a
 * hospital grade or a specialty ("Consultant Neurologist", "Specialty Doctor in Anaesthetics",
 * "Registrar - Acute Medicine", "Neonatal Transport Fellow"). Health-service job boards name
 * doctors' posts this way, so without this reading they stayed unresolved (doctors' posts were
 * about one in five of the job board feed's unresolved postings). A title is a doctor's post when it
 * has a word that only names one (a doctor, a physician, a registrar, a specialist such as a
 * neurologist), or a grade that names one only beside a medical specialty ("Consultant" with
 * "Cardiology", "Respiratory" or "Surgery"; a consultant nurse or a business consultant is none);
 * and never when it also names another profession or a non-clinical post ("Consultant Clinical
 * Psychologist", "Medical Secretary", "Doctors' Rota Coordinator"). Words are in {@link
 * TitleWords#of} form: lower case, singular, "ae" folded ("anaesthetist" is {@code anesthetist}).
 * Pure functions.
 */
final class MedicalPosts {

  /** Words that name a doctor's post on their own. */
  static final Set<String> DOCTORS = Set.of("doctor", "physician", "surgeon", "registrar", "anesthetist", "sho", "fy1",
      "fy2", "psychiatrist", "geriatrician", "orthogeriatrician", "pediatrician", "neonatologist", "neurologist",
      "cardiologist", "dermatologist", "gastroenterologist", "rheumatologist", "urologist", "endocrinologist",
      "hematologist", "oncologist", "ophthalmologist", "nephrologist", "intensivist", "obstetrician",
      "gynecologist", "hepatologist", "histopathologist", "neuropathologist", "radiologist", "neuroradiologist",
      "otolaryngologist", "anesthesiologist", "diabetologist");
  /** Grades that name a doctor's post beside a medical specialty only. */
  static final Set<String> GRADES = Set.of("consultant", "specialized", "fellow", "locum");
  /**
   * Medical specialties as hospital posts name them (after the ESCO skill group "medicine": its
   * specialties, and the specialist's own words for them).
   */
  static final Set<String> SPECIALTIES = Set.of("medicine", "surgery", "surgical", "anesthesia", "anesthetic",
      "psychiatry", "cardiology", "cardiac", "respiratory", "histopathology", "pathology", "radiology", "geriatric",
      "stroke", "acute", "emergency", "pediatric", "pediatrics", "neonatal", "neonatology", "oncology", "hematology",
      "dermatology", "gastroenterology", "rheumatology", "urology", "ophthalmology", "neurology", "orthopedic",
      "orthopedics", "vascular", "colorectal", "ent", "ugi", "cardiothoracic", "obstetrics", "gynecology",
      "intensive", "microbiology", "virology", "nephrology", "renal", "endocrinology", "diabetes", "hepatology",
      "palliative", "neurosurgery", "plastic", "trauma", "urogynecology", "otolaryngology", "immunology", "allergy");
  /** Words of another profession or of a post that is not a doctor's, which rule a doctor out. */
  static final Set<String> OTHERS = Set.of("nurse", "nursing", "midwife", "midwifery", "psychologist", "pharmacist",
      "pharmacy", "physiotherapist", "therapist", "therapy", "scientist", "radiographer", "sonographer", "practitioner",
      "technician", "technologist", "assistant", "secretary", "administrator", "administration", "admin",
      "coordinator", "manager", "officer", "clerk", "physiologist", "dietitian", "porter", "receptionist", "worker",
      "educator", "director", "associate", "analyst", "recruitment", "rota", "engineer", "paramedic", "dentist",
      "dental", "dentistry", "veterinary", "support", "clinician", "student", "apprentice", "coder", "audiologist", "optometrist",
      "orthoptist", "podiatrist", "perfusionist", "counsellor", "counselor");
  /** Words that name a general practitioner's post (GP is spelled out before titles are read). */
  static final List<String> GENERAL_PRACTITIONER = List.of("general", "practitioner");

  private MedicalPosts() {}

  /** The kind of doctor {@code words} names. */
  enum Post {
    /** No doctor's post. */
    NONE,
    /** A general practitioner ("Salaried GP", "GP Partner"). */
    GENERAL_PRACTITIONER,
    /** A hospital or specialist doctor ("Consultant in Old Age Psychiatry"). */
    SPECIALISED_DOCTOR
  }

  /** The doctor's post the title {@code words} ({@link TitleWords#of} form) names, if any. */
  static Post of(List<String> words) {
    List<String> rest = new ArrayList<>(words);
    int at;
    while ((at = Collections.indexOfSubList(rest, GENERAL_PRACTITIONER)) >= 0) {
      rest.subList(at, at + GENERAL_PRACTITIONER.size()).clear();
    }
    if (rest.size() < words.size()) {
      // "Advanced Practitioner - GP Practices" is a practitioner of another profession working for GPs
      return rest.stream().anyMatch(OTHERS::contains) ? Post.NONE : Post.GENERAL_PRACTITIONER;
    }
    if (words.stream().anyMatch(OTHERS::contains)) {
      return Post.NONE;
    }
    if (words.stream().anyMatch(DOCTORS::contains)) {
      return Post.SPECIALISED_DOCTOR;
    }
    boolean grade = words.stream().anyMatch(GRADES::contains);
    boolean specialty = words.stream().anyMatch(SPECIALTIES::contains);
    return grade && specialty ? Post.SPECIALISED_DOCTOR : Post.NONE;
  }
}
